//! Client-side validation of the spec's constraints, run before anything is sent.
//!
//! Generated code describes each field's constraints as a [`Rules`] value and walks its request with
//! [`Validator::field`]; the validator collects every problem (with its field path) instead of stopping at
//! the first, so one failed call reports everything the caller has to fix.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use crate::wire::datetime::DateTime;

/// The constraints the spec puts on one value. Unset rules are `None`; [`Rules::NONE`] has none at all.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    /// Minimum string length, in characters (Unicode scalar values).
    pub min_length: Option<u64>,
    /// Maximum string length, in characters (Unicode scalar values).
    pub max_length: Option<u64>,
    /// Inclusive lower bound of a number.
    pub minimum: Option<Number>,
    /// Inclusive upper bound of a number.
    pub maximum: Option<Number>,
    /// Regular expression a string must match somewhere (unanchored, as in JSON Schema).
    pub pattern: Option<&'static str>,
    /// Minimum number of array items.
    pub min_items: Option<u64>,
    /// Maximum number of array items.
    pub max_items: Option<u64>,
    /// Rules applied to every item of an array (or value of a map).
    pub items: Option<&'static Rules>,
    /// Rules applied to every key of a map.
    pub keys: Option<&'static Rules>,
    /// The values an integer may take (an integer `enum`).
    pub int_enum: Option<&'static [i64]>,
}

impl Rules {
    /// No constraints.
    pub const NONE: Rules = Rules {
        min_length: None,
        max_length: None,
        minimum: None,
        maximum: None,
        pattern: None,
        min_items: None,
        max_items: None,
        items: None,
        keys: None,
        int_enum: None,
    };
}

impl Default for Rules {
    fn default() -> Self {
        Rules::NONE
    }
}

/// A numeric bound. Integer bounds stay `i64`, so that values above 2^53 compare exactly.
pub use spec_rules::Number;

/// A value whose constraints can be checked.
pub trait Validate {
    /// Checks `self` against `rules`, reporting problems to `v` (at the field path `v` is currently on). The default
    /// checks nothing: generated types whose fields carry no constraint (and contain no type that does) keep it.
    #[inline]
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        let _ = (v, rules);
    }
}

/// One broken constraint: where (a field path such as `jobs[2].job_id`) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationIssue {
    path: String,
    message: String,
}

impl ValidationIssue {
    pub(crate) fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        ValidationIssue {
            path: path.into(),
            message: message.into(),
        }
    }

    /// The field path in wire names, e.g. `jobs[2].job_id`, `tags["env"]` or a header name.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The broken rule, e.g. `length 70 exceeds max_length 64`.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ValidationIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// The request broke one or more constraints of the spec; nothing was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    issues: Vec<ValidationIssue>,
}

impl ValidationError {
    pub(crate) fn new(issues: Vec<ValidationIssue>) -> Self {
        ValidationError { issues }
    }

    /// Every problem found, in the order the fields were visited. Never empty.
    pub fn issues(&self) -> &[ValidationIssue] {
        &self.issues
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid request: ")?;
        for (i, issue) in self.issues.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{issue}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

/// Walks a request, tracking the current field path and collecting every broken constraint.
#[derive(Debug, Default)]
pub struct Validator {
    // Where the walk is. The path text (`jobs[2].job_id`) is only built when a problem is reported: most requests
    // have none, and formatting every index cost more than the checks.
    at: Vec<Segment>,
    // The text of the map keys on `at` (`["env"]`), rendered as each is entered.
    keys: String,
    issues: Vec<ValidationIssue>,
}

#[derive(Debug)]
enum Segment {
    Field(&'static str),
    Index(usize),
    // `keys[start..end]`.
    Key(usize, usize),
}

impl Validator {
    /// An empty validator at the root path.
    pub fn new() -> Self {
        Self::default()
    }

    /// Validates the field `wire_name` of the current object.
    pub fn field<T: Validate + ?Sized>(
        &mut self,
        wire_name: &'static str,
        value: &T,
        rules: &Rules,
    ) {
        self.enter_field(wire_name);
        value.validate(self, rules);
        self.leave();
    }

    /// Reports an unknown enum value (an `Unknown(..)` variant on the request side), listing the allowed ones.
    pub fn enum_value(&mut self, value: &str, known: bool, allowed: &'static [&'static str]) {
        if !known {
            self.report_opt(spec_rules::one_of(value, allowed.iter().copied()));
        }
    }

    /// Records a problem at the current path.
    pub fn report(&mut self, message: impl Into<String>) {
        let path = self.path();
        self.issues.push(ValidationIssue::new(path, message));
    }

    fn report_opt(&mut self, message: Option<String>) {
        if let Some(m) = message {
            self.report(m);
        }
    }

    /// The current path: fields joined by `.`, then `[index]` or `["key"]`.
    fn path(&self) -> String {
        let mut path = String::new();
        for segment in &self.at {
            match *segment {
                Segment::Field(name) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(name);
                }
                Segment::Index(index) => {
                    let _ = write!(path, "[{index}]");
                }
                Segment::Key(start, end) => path.push_str(self.keys.get(start..end).unwrap_or("")),
            }
        }
        path
    }

    /// `Ok` if nothing was reported.
    pub fn finish(self) -> Result<(), ValidationError> {
        if self.issues.is_empty() {
            Ok(())
        } else {
            Err(ValidationError::new(self.issues))
        }
    }

    pub(crate) fn into_issues(self) -> Vec<ValidationIssue> {
        self.issues
    }

    fn enter_field(&mut self, name: &'static str) {
        self.at.push(Segment::Field(name));
    }

    fn enter_index(&mut self, index: usize) {
        self.at.push(Segment::Index(index));
    }

    fn enter_key(&mut self, key: &str) {
        let start = self.keys.len();
        let _ = write!(self.keys, "[{key:?}]");
        self.at.push(Segment::Key(start, self.keys.len()));
    }

    fn leave(&mut self) {
        if let Some(Segment::Key(start, _)) = self.at.pop() {
            self.keys.truncate(start);
        }
    }
}

impl<T: Validate + ?Sized> Validate for &T {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        (**self).validate(v, rules);
    }
}

impl<T: Validate + ?Sized> Validate for Box<T> {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        (**self).validate(v, rules);
    }
}

impl Validate for str {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        v.report_opt(spec_rules::length(self, rules.min_length, rules.max_length));
        if let Some(pattern) = rules.pattern {
            v.report_opt(spec_rules::pattern(self, pattern));
        }
    }
}

impl Validate for String {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        self.as_str().validate(v, rules);
    }
}

impl Validate for i64 {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        v.report_opt(spec_rules::range(
            Number::Int(*self),
            rules.minimum,
            rules.maximum,
        ));
        if let Some(values) = rules.int_enum {
            v.report_opt(spec_rules::int_one_of(Number::Int(*self), values));
        }
    }
}

impl Validate for i32 {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        i64::from(*self).validate(v, rules);
    }
}

impl Validate for f64 {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        v.report_opt(spec_rules::range(
            Number::Float(*self),
            rules.minimum,
            rules.maximum,
        ));
    }
}

impl Validate for bool {
    fn validate(&self, _: &mut Validator, _: &Rules) {}
}

impl Validate for serde_json::Value {
    // Free-form JSON: the spec puts no constraints on it.
    fn validate(&self, _: &mut Validator, _: &Rules) {}
}

impl<L> Validate for DateTime<L> {
    // Date-times are kept lenient (raw strings); the server is the judge of their format.
    fn validate(&self, _: &mut Validator, _: &Rules) {}
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        if let Some(value) = self {
            value.validate(v, rules);
        }
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        v.report_opt(spec_rules::count(
            self.len(),
            rules.min_items,
            rules.max_items,
        ));
        let item_rules = rules.items.unwrap_or(&Rules::NONE);
        for (i, item) in self.iter().enumerate() {
            v.enter_index(i);
            item.validate(v, item_rules);
            v.leave();
        }
    }
}

impl<T: Validate> Validate for BTreeMap<String, T> {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        v.report_opt(spec_rules::count(
            self.len(),
            rules.min_items,
            rules.max_items,
        ));
        let item_rules = rules.items.unwrap_or(&Rules::NONE);
        for (key, item) in self {
            v.enter_key(key);
            if let Some(key_rules) = rules.keys {
                key.validate(v, key_rules);
            }
            item.validate(v, item_rules);
            v.leave();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static ITEM: Rules = Rules {
        max_length: Some(3),
        ..Rules::NONE
    };

    struct Job {
        job_id: String,
    }
    impl Validate for Job {
        fn validate(&self, v: &mut Validator, _: &Rules) {
            v.field(
                "job_id",
                &self.job_id,
                &Rules {
                    max_length: Some(64),
                    ..Rules::NONE
                },
            );
        }
    }

    fn messages(f: impl FnOnce(&mut Validator)) -> Vec<String> {
        let mut v = Validator::new();
        f(&mut v);
        v.into_issues().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn nested_paths_and_lengths() {
        let jobs = vec![
            Job { job_id: "a".into() },
            Job { job_id: "b".into() },
            Job {
                job_id: "x".repeat(70),
            },
        ];
        let got = messages(|v| {
            v.field(
                "jobs",
                &jobs,
                &Rules {
                    max_items: Some(2),
                    ..Rules::NONE
                },
            )
        });
        assert_eq!(
            got,
            [
                "jobs: item count 3 exceeds max_items 2",
                "jobs[2].job_id: length 70 exceeds max_length 64"
            ]
        );
    }

    #[test]
    fn length_counts_chars_not_bytes() {
        let got = messages(|v| {
            v.field(
                "name",
                "一二三",
                &Rules {
                    max_length: Some(3),
                    ..Rules::NONE
                },
            )
        });
        assert!(got.is_empty(), "{got:?}");
        let got = messages(|v| {
            v.field(
                "name",
                "",
                &Rules {
                    min_length: Some(1),
                    ..Rules::NONE
                },
            )
        });
        assert_eq!(got, ["name: length 0 is below min_length 1"]);
    }

    #[test]
    fn items_rules_apply_to_each_item_and_map_value() {
        let rules = Rules {
            items: Some(&ITEM),
            ..Rules::NONE
        };
        let got = messages(|v| v.field("ids", &vec!["abcd".to_string(), "ok".into()], &rules));
        assert_eq!(got, ["ids[0]: length 4 exceeds max_length 3"]);
        let map = BTreeMap::from([("env".to_string(), "prod!".to_string())]);
        let got = messages(|v| v.field("tags", &map, &rules));
        assert_eq!(got, ["tags[\"env\"]: length 5 exceeds max_length 3"]);
    }

    /// Paths are built from the walk only when something is reported: after leaving keys, indices and fields,
    /// with keys in keys and indices in keys, and at the root.
    #[test]
    fn paths_after_leaving_and_nesting() {
        let rules = Rules {
            max_items: Some(0),
            items: Some(&ITEM),
            ..Rules::NONE
        };
        let inner = BTreeMap::from([
            ("a\"b".to_string(), vec!["long".to_string()]),
            ("z".to_string(), vec!["ok".into(), "long".into()]),
        ]);
        let outer = BTreeMap::from([("k".to_string(), inner.clone()), ("m".to_string(), inner)]);
        let got = messages(|v| {
            static LIST: Rules = Rules {
                max_items: Some(0),
                items: Some(&ITEM),
                ..Rules::NONE
            };
            static MAP: Rules = Rules {
                items: Some(&LIST),
                ..Rules::NONE
            };
            let nested = Rules {
                items: Some(&MAP),
                ..Rules::NONE
            };
            v.field("first", &outer, &nested);
            v.field("", &vec!["four"], &rules);
            vec!["root".to_string()].validate(v, &rules);
            v.field("last", "long", &ITEM);
        });
        assert_eq!(
            got,
            [
                "first[\"k\"][\"a\\\"b\"]: item count 1 exceeds max_items 0",
                "first[\"k\"][\"a\\\"b\"][0]: length 4 exceeds max_length 3",
                "first[\"k\"][\"z\"]: item count 2 exceeds max_items 0",
                "first[\"k\"][\"z\"][1]: length 4 exceeds max_length 3",
                "first[\"m\"][\"a\\\"b\"]: item count 1 exceeds max_items 0",
                "first[\"m\"][\"a\\\"b\"][0]: length 4 exceeds max_length 3",
                "first[\"m\"][\"z\"]: item count 2 exceeds max_items 0",
                "first[\"m\"][\"z\"][1]: length 4 exceeds max_length 3",
                "item count 1 exceeds max_items 0",
                "[0]: length 4 exceeds max_length 3",
                "item count 1 exceeds max_items 0",
                "[0]: length 4 exceeds max_length 3",
                "last: length 4 exceeds max_length 3",
            ]
        );
    }

    #[test]
    fn inline_item_rules_are_promoted_to_static() {
        // The shape generated code uses: no named statics needed for nested rules.
        let got = messages(|v| {
            v.field(
                "ids",
                &vec!["abcd".to_string()],
                &Rules {
                    max_items: Some(5),
                    items: Some(&Rules {
                        max_length: Some(3),
                        ..Rules::NONE
                    }),
                    ..Rules::NONE
                },
            )
        });
        assert_eq!(got, ["ids[0]: length 4 exceeds max_length 3"]);
    }

    #[test]
    fn pattern_and_invalid_pattern() {
        let rules = Rules {
            pattern: Some("^[a-z]+$"),
            ..Rules::NONE
        };
        assert!(messages(|v| v.field("n", "abc", &rules)).is_empty());
        assert_eq!(
            messages(|v| v.field("n", "ab1", &rules)),
            ["n: does not match pattern \"^[a-z]+$\""]
        );
        let bad = Rules {
            pattern: Some("(unclosed"),
            ..Rules::NONE
        };
        assert_eq!(
            messages(|v| v.field("n", "x", &bad)),
            ["n: pattern \"(unclosed\" is not a valid regular expression"]
        );
    }

    #[test]
    fn integer_bounds_are_exact_above_2_pow_53() {
        let big = 9_007_199_254_740_993_i64; // 2^53 + 1, not representable in f64
        let rules = Rules {
            maximum: Some(Number::Int(9_007_199_254_740_992)),
            ..Rules::NONE
        };
        assert_eq!(
            messages(|v| v.field("id", &big, &rules)),
            ["id: value 9007199254740993 exceeds maximum 9007199254740992"]
        );
        // Through f64 both would be 2^53 and compare equal.
        let rules = Rules {
            maximum: Some(Number::Float(9_007_199_254_740_992.0)),
            ..Rules::NONE
        };
        assert_eq!(messages(|v| v.field("id", &big, &rules)).len(), 1);
        assert!(messages(|v| v.field("id", &(big - 1), &rules)).is_empty());
    }

    #[test]
    fn mixed_number_bounds() {
        let rules = Rules {
            minimum: Some(Number::Float(1.5)),
            maximum: Some(Number::Int(10)),
            ..Rules::NONE
        };
        assert_eq!(
            messages(|v| v.field("n", &1_i32, &rules)),
            ["n: value 1 is below minimum 1.5"]
        );
        assert!(messages(|v| v.field("n", &2_i64, &rules)).is_empty());
        assert_eq!(
            messages(|v| v.field("n", &10.5_f64, &rules)),
            ["n: value 10.5 exceeds maximum 10"]
        );
        assert_eq!(
            messages(|v| v.field("n", &f64::NAN, &rules)),
            ["n: value NaN cannot be compared with minimum 1.5"]
        );
    }

    #[test]
    fn enum_values_and_options() {
        let got = messages(|v| {
            v.field(
                "missing",
                &None::<String>,
                &Rules {
                    min_length: Some(1),
                    ..Rules::NONE
                },
            );
            v.enum_value("fr-FR", false, &["en-us", "zh-cn"]);
            v.enum_value("en-us", true, &["en-us", "zh-cn"]);
        });
        assert_eq!(
            got,
            ["unknown value \"fr-FR\", expected one of: en-us, zh-cn"]
        );
    }

    #[test]
    fn error_display_lists_every_issue() {
        let mut v = Validator::new();
        v.field(
            "a",
            "",
            &Rules {
                min_length: Some(1),
                ..Rules::NONE
            },
        );
        v.field(
            "b",
            &5_i64,
            &Rules {
                maximum: Some(Number::Int(4)),
                ..Rules::NONE
            },
        );
        let err = v.finish().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid request: a: length 0 is below min_length 1; b: value 5 exceeds maximum 4"
        );
        assert_eq!(err.issues()[1].path(), "b");
        assert!(Validator::new().finish().is_ok());
    }
}
