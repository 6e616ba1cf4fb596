//! Hostile-input property tests of the front end (load → raw → check → model), issue 6.
//!
//! The inputs come from `support/generator.rs`: mutations of every real spec in the repository and random YAML (see
//! there). For every input, `spec_core::resolve` must not panic, must finish within `harness::PER_CASE` (20 s) on a
//! 1 MiB stack, and must either accept it with a model that holds what the expansion relies on ([`model_holds`]:
//! every Rust name a valid identifier, nothing defined twice in one scope of the expansion, every type reference
//! resolved, the JSON form reading back the same), or return errors that each start with `file:line:col: ` inside
//! one of the input files. codegen-macros' `src/fuzz.rs` runs the same inputs through the expansion and judges the
//! Rust it makes.
//!
//! Why not proptest: the inputs are YAML documents with a shape of their own, so the value is in the mutators, not
//! in proptest's strategies; a 40-line generator keeps the test builds free of a dozen extra crates, and every case
//! replays from `(FUZZ_SEED, case number)`. Shrinking is replaced by printing the failing input, and every failure
//! found is pinned below as a fixed regression case.
//!
//! `FUZZ_CASES=100000 cargo test -p spec-core --release --test fuzz -- --nocapture` runs the long version;
//! `FUZZ_SEED=<n>` changes the sequence and `FUZZ_ONLY=<n>` replays one input. See `RELIABILITY.md`.

mod support;

use spec_core::ctxt::Ctxt;
use spec_core::load::SpecFile;
use spec_core::model::{Number, Service, Ty, TypeId};
use std::collections::BTreeSet;
use std::time::{Duration, Instant};
use support::base::BASE;
use support::generator::{
    Rng, alias_chain, as_value, chain, corpus, emit, generate, parsed_corpus, wire_case,
};
use support::harness::{Oracle, STACK, base_seed, case_count, located, only_case, run_cases};

/// Inputs per run of [`front_end_survives_hostile_specs`] unless `FUZZ_CASES` says otherwise (a quarter as many
/// wire-name specs): a few seconds in a debug build, so `cargo test --workspace` stays fast.
const DEFAULT_CASES: usize = 2_000;

/// Parse, check and model of in-memory files, as `generate!` runs them.
fn front_end(files: &[(&str, &str)]) -> Result<Vec<Service>, Vec<String>> {
    let files: Vec<SpecFile> = files
        .iter()
        .map(|(name, src)| SpecFile {
            display: (*name).to_owned(),
            include: (*name).to_owned(),
            source: (*src).to_owned(),
        })
        .collect();
    spec_core::resolve(Ctxt::new(), &files, false)
        .map(|resolved| resolved.into_iter().map(|(_, s)| s).collect())
}

/// The front end, judged by [`model_holds`].
const FRONT_END: Oracle<Vec<Service>> = Oracle {
    run: front_end,
    accepted: model_holds,
};

// ---------------------------------------------------------------------------------------------------------- oracle

/// Names defined in one scope of the expansion: each must be a Rust identifier (as `syn` parses one, `r#` allowed)
/// and defined once (`r#x` and `x` are one name).
struct Scope {
    what: String,
    seen: BTreeSet<String>,
}

impl Scope {
    fn new(what: impl Into<String>) -> Self {
        Scope {
            what: what.into(),
            seen: BTreeSet::new(),
        }
    }

    fn define(&mut self, name: &str, breaches: &mut Vec<String>) {
        if syn::parse_str::<syn::Ident>(name).is_err() {
            breaches.push(format!("{} `{name}` is not a Rust identifier", self.what));
        }
        if !self.seen.insert(name.trim_start_matches("r#").to_owned()) {
            breaches.push(format!("{} `{name}` is defined twice", self.what));
        }
    }
}

/// What the expansion relies on in a model the front end accepted, scope by scope as `codegen-macros/src/expand.rs`
/// emits it:
/// - the services' modules (and `Client` accessors): one per service name;
/// - a service's module: its handle (`names::handle_name`), the named types, and each endpoint's `<Op>Request`,
///   `<Op>Error` and (with several success statuses) `<Op>Output`;
/// - the handle's methods: `new`, `with_options` and each endpoint's method;
/// - a struct's fields; and, for a struct callers build (`uses.request`), `new` and a setter per optional field;
/// - an enum's variants;
/// - a request struct's fields (parameters, and the body unless it is an empty object), and `new` with a setter per
///   parameter or body that `new` does not take;
/// - the output enum's variants (success statuses) and the error enum's (error statuses and `Unhandled`).
///
/// Also: every reference names a type of the service; the model's JSON (what the mock server and the OpenAPI
/// export read) reads back to the same JSON; and every wire name in `literals` is a field, enum value or parameter
/// as written.
fn model_holds(services: Vec<Service>, literals: &[String]) -> Result<(), String> {
    let breaches = breaches(&services, literals);
    if breaches.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the model breaks what the expansion relies on: {breaches:?}"
        ))
    }
}

/// Every breach of [`model_holds`]'s rules, in order.
fn breaches(services: &[Service], literals: &[String]) -> Vec<String> {
    let mut breaches = Vec::new();
    let b = &mut breaches;
    let mut wires = BTreeSet::new();
    let mut modules = Scope::new("service module");
    for s in services {
        modules.define(&s.name, b);
        let mut module = Scope::new(format!("item of module `{}`", s.name));
        module.define(&spec_core::names::handle_name(&s.name), b);
        let mut handle = Scope::new(format!("method of the `{}` handle", s.name));
        handle.define("new", b);
        handle.define("with_options", b);
        for t in &s.types {
            module.define(&t.name, b);
            match &t.schema.ty {
                Ty::Struct { fields } => {
                    let mut f = Scope::new(format!("field of `{}`", t.name));
                    for field in fields {
                        f.define(&field.rust, b);
                        wires.insert(field.wire.clone());
                    }
                    if t.uses.request {
                        let mut a = Scope::new(format!("associated fn of `{}`", t.name));
                        a.define("new", b);
                        for field in fields.iter().filter(|f| !f.required) {
                            a.define(&field.rust, b);
                        }
                    }
                }
                Ty::Enum { values } => {
                    let mut v = Scope::new(format!("variant of `{}`", t.name));
                    for value in values {
                        v.define(&value.rust, b);
                        wires.insert(value.wire.clone());
                    }
                }
                _ => {}
            }
        }
        for e in &s.endpoints {
            let request = e.request_type();
            module.define(&request, b);
            module.define(&e.error_type(), b);
            if let Some(output) = e.output_enum() {
                module.define(&output, b);
            }
            handle.define(&e.rust_name, b);
            // The methods of several calls the expansion adds for the keys whose plan resolves.
            if s.page_plan(e).is_ok() {
                handle.define(&e.paginator_method(), b);
            }
            if s.wait_plan(e).is_ok() || s.job_plan(e).is_ok() {
                handle.define(&e.wait_method(), b);
            }
            let body = e.request.as_ref().filter(|r| !r.is_empty_object());
            let mut f = Scope::new(format!("field of `{request}`"));
            let mut a = Scope::new(format!("associated fn of `{request}`"));
            a.define("new", b);
            for p in &e.params {
                f.define(&p.rust, b);
                if !p.in_constructor() {
                    a.define(&p.rust, b);
                }
                wires.insert(p.wire.clone());
            }
            if let Some(body) = body {
                f.define(&body.rust, b);
                if !body.required {
                    a.define(&body.rust, b);
                }
            }
            let mut o = Scope::new(format!("variant of `{}Output`", e.operation));
            let mut x = Scope::new(format!("variant of `{}`", e.error_type()));
            x.define("Unhandled", b);
            for r in &e.responses {
                if r.success {
                    o.define(&r.variant, b);
                } else {
                    x.define(&r.variant, b);
                }
            }
        }
        let types = s.types.len();
        s.for_each_schema(&mut |schema| {
            if let Ty::Ref { id } = schema.ty
                && id.0 >= types
            {
                b.push(format!(
                    "service `{}` refers to type {} of {types}",
                    s.name, id.0
                ));
            }
        });
        match serde_json::to_string(s) {
            Ok(json) => {
                let again = serde_json::from_str::<Service>(&json)
                    .map_err(|e| e.to_string())
                    .and_then(|back| serde_json::to_string(&back).map_err(|e| e.to_string()));
                if again.as_deref() != Ok(json.as_str()) {
                    b.push(format!(
                        "the JSON of service `{}` does not read back the same: {again:?}",
                        s.name
                    ));
                }
            }
            Err(e) => b.push(format!("service `{}` does not serialize: {e}", s.name)),
        }
    }
    for w in literals {
        if !wires.contains(w) {
            b.push(format!("wire name {w:?} is not in the model"));
        }
    }
    breaches
}

/// The oracle sees each kind of breach: a model of [`BASE`] broken in one place each time.
#[test]
fn model_oracle_sees_every_kind_of_breach() {
    let model = || front_end(&[("spec/demo.yaml", BASE)]).expect("BASE is valid");
    assert_eq!(breaches(&model(), &[]), Vec::<String>::new());
    type Break = fn(&mut Service);
    let cases: &[(Break, &str)] = &[
        (
            |s| s.types[0].name = "Error Body".into(),
            "item of module `demo` `Error Body` is not a Rust identifier",
        ),
        (
            |s| s.types[0].name = "StopGraphRequest".into(),
            "item of module `demo` `StopGraphRequest` is defined twice",
        ),
        (
            |s| s.types[0].name = "Demo".into(),
            "item of module `demo` `Demo` is defined twice",
        ),
        (
            |s| {
                if let Ty::Struct { fields } = &mut s.types[0].schema.ty {
                    fields[1].rust = "r#error_code".into();
                }
            },
            "field of `ErrorBody` `r#error_code` is defined twice",
        ),
        (
            |s| {
                if let Ty::Struct { fields } = &mut s.types[0].schema.ty {
                    fields[1].rust = "r#self".into();
                }
            },
            "field of `ErrorBody` `r#self` is not a Rust identifier",
        ),
        (
            |s| {
                s.types[2].uses.request = true;
                if let Ty::Struct { fields } = &mut s.types[2].schema.ty {
                    fields[0].rust = "new".into();
                }
            },
            "associated fn of `StopGraphResponse` `new` is defined twice",
        ),
        (
            |s| {
                if let Ty::Enum { values } = &mut s.types[1].schema.ty {
                    values[1].rust = "EnUs".into();
                }
            },
            "variant of `StopGraphXLanguage` `EnUs` is defined twice",
        ),
        (
            |s| s.endpoints[0].rust_name = "with_options".into(),
            "method of the `demo` handle `with_options` is defined twice",
        ),
        (
            |s| s.endpoints[0].params[2].rust = "graph_id".into(),
            "field of `StopGraphRequest` `graph_id` is defined twice",
        ),
        (
            |s| s.endpoints[0].params[2].rust = "new".into(),
            "associated fn of `StopGraphRequest` `new` is defined twice",
        ),
        (
            |s| s.endpoints[0].responses[1].variant = "Unhandled".into(),
            "variant of `StopGraphError` `Unhandled` is defined twice",
        ),
        (
            |s| {
                s.endpoints[0].responses[1].success = true;
                s.endpoints[0].responses[1].variant = "Ok".into();
            },
            "variant of `StopGraphOutput` `Ok` is defined twice",
        ),
        (
            |s| s.endpoints[0].params[0].schema.ty = Ty::Ref { id: TypeId(9) },
            "service `demo` refers to type 9 of 3",
        ),
        (
            |s| s.endpoints[0].params[1].schema.rules.minimum = Some(Number::Float(f64::INFINITY)),
            "the JSON of service `demo` does not read back the same",
        ),
    ];
    for (break_it, expected) in cases {
        let mut broken = model();
        break_it(&mut broken[0]);
        let found = breaches(&broken, &[]);
        assert!(
            found.iter().any(|b| b.starts_with(expected)),
            "expected `{expected}` among {found:?}"
        );
    }
    let twice = [model(), model()].concat();
    assert_eq!(
        breaches(&twice, &[]),
        ["service module `demo` is defined twice"]
    );
    assert_eq!(
        breaches(&model(), &["en-us".to_owned(), "nope".to_owned()]),
        ["wire name \"nope\" is not in the model"]
    );
}

// ----------------------------------------------------------------------------------------------------------- runs

/// The main property: thousands of hostile specs, none of which may panic, hang, get an error without a location, or
/// be accepted with a model the expansion could not turn into valid Rust.
#[test]
fn front_end_survives_hostile_specs() {
    let corpus = parsed_corpus();
    let cases = case_count(DEFAULT_CASES);
    let seed = base_seed();
    let only = only_case();
    let start = Instant::now();
    let tally = run_cases(
        only.map_or(0..cases, |n| n..n + 1),
        &|case| generate(case, seed, &corpus),
        only.is_some(),
        FRONT_END,
    );
    println!(
        "fuzz (front end, seed {seed:#x}, {:.1?}): {}",
        start.elapsed(),
        tally.summary("accepted with a sound model")
    );
    println!(
        "fuzz: inputs (front-end time) per mutation: {}",
        tally.per_kind()
    );
    tally.assert_no_failures();
    // A generator whose every input is rejected would prove little.
    assert!(
        only.is_some() || tally.accepted * 10 >= tally.cases,
        "only {} of {} inputs accepted",
        tally.accepted,
        tally.cases
    );
}

/// The emitter is faithful: every valid spec of the corpus, re-emitted, is the same data and gives the same model, so
/// mutations start from valid specs.
#[test]
fn emitter_round_trips_the_corpus() {
    let mut rng = Rng::new(1);
    let mut valid = 0;
    for (name, text) in corpus() {
        let Some(v) = as_value(&text) else { continue };
        // Only valid specs: as data, an invalid one may have lost what made it invalid (a repeated key).
        let Ok(model) = front_end(&[("spec/x.yaml", &text)]) else {
            continue;
        };
        let model = serde_json::to_value(&model).expect("the model serializes");
        valid += 1;
        for _ in 0..4 {
            let emitted = emit(&v, &mut rng);
            assert_eq!(as_value(&emitted).as_ref(), Some(&v), "{name}:\n{emitted}");
            match front_end(&[("spec/x.yaml", &emitted)]) {
                Ok(again) => assert_eq!(
                    serde_json::to_value(&again).ok(),
                    Some(model.clone()),
                    "{name}:\n{emitted}"
                ),
                Err(e) => panic!("{name}: {e:?}\n{emitted}"),
            }
        }
    }
    assert!(valid >= 7, "{valid} valid specs in the corpus");
}

/// Any wire name (keywords, leading digits, `-`, `.`, `/`, non-ASCII, names that collide once converted) is kept
/// as written in a sound model, or the spec gets located errors.
#[test]
fn random_wire_names_are_modelled_or_located() {
    let seed = base_seed() ^ 0x3173;
    let cases = case_count(DEFAULT_CASES) / 4;
    let tally = run_cases(0..cases, &|case| wire_case(case, seed), false, FRONT_END);
    println!(
        "wire names (front end): {}",
        tally.summary("accepted keeping every wire name")
    );
    tally.assert_no_failures();
    assert!(
        tally.accepted * 4 >= tally.cases,
        "only {} of {} accepted",
        tally.accepted,
        tally.cases
    );
}

// ------------------------------------------------------------------------------------------------------ regressions
// Every distinct failure the generator (or a review of what its oracle cannot see) found, pinned as a fixed case.

/// The front end's errors for `src` as `spec/demo.yaml`; none when it accepts it, and then its model must hold
/// [`model_holds`].
fn errors(src: &str) -> Vec<String> {
    match front_end(&[("spec/demo.yaml", src)]) {
        Ok(model) => {
            if let Err(e) = model_holds(model, &[]) {
                panic!("{e}\n{src}");
            }
            Vec::new()
        }
        Err(e) => e,
    }
}

#[track_caller]
fn assert_errors(src: &str, expected: &[&str]) {
    assert_eq!(errors(src), expected, "{src}");
}

/// The front end on a thread with a small stack: YAML parsing must not use the caller's stack for its per-level
/// recursion, and nothing else may recurse once per link of something a spec can make long. A stack overflow aborts
/// the test binary.
fn errors_on_stack(stack: usize, src: String) -> Vec<String> {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || errors(&src))
        .expect("spawn")
        .join()
        .expect("no panic")
}

/// 256 KiB, a thirty-second of what rustc gives a macro.
fn errors_on_small_stack(src: String) -> Vec<String> {
    errors_on_stack(256 << 10, src)
}

/// Found as case 6 of the first run (`deep-nesting` + `truncate`): 45 levels of flow mappings overflowed a 2 MiB
/// thread inside serde-saphyr (about 45 KiB of stack a level in an unoptimized build). Now files are parsed on a
/// thread with a stack of their own and the depth budget is explicit; too deep is a located error.
#[test]
fn deep_nesting_is_a_located_error_not_a_stack_overflow() {
    let schema = |levels: usize| {
        let mut s = "{type: string}".to_owned();
        for _ in 0..levels {
            s = format!("{{type: array, items: {s}}}");
        }
        s
    };
    let at_param = |schema: &str| BASE.replace("{ type: string, max_length: 8 }", schema);
    let at_property =
        |schema: &str| BASE.replace("job_id: { type: string }", &format!("job_id: {schema}"));
    // Just inside the parser's budget: parsed, then refused by the model's own limit.
    assert_eq!(
        errors_on_small_stack(at_property(&schema(55))),
        [
            "spec/demo.yaml:27:679: schema is nested deeper than 32 levels; declare the inner part under `types`"
        ]
    );
    // The same, cut short: a YAML error.
    let text = at_property(&schema(55));
    let cut = text.find("{type: string}").unwrap_or(0) + 6;
    assert_eq!(
        errors_on_small_stack(text[..cut].to_owned()),
        [
            "spec/demo.yaml:27:1176: unclosed bracket '{' (a `{ … }` or `[ … ]` is not closed; a plain value that \
             contains `{`, `[`, `,` or `#` must be quoted); the YAML parser stops at its first syntax error, so the \
             file's other problems show once this one is fixed"
        ]
    );
    // Beyond the budget, in every shape.
    let too_deep = "nested deeper than 64 levels; declare the inner parts under `types` (see \"Limits\" in spec/README.md)";
    let example = format!(
        "{{ type: any, example: {}1{} }}",
        "[".repeat(100),
        "]".repeat(100)
    );
    assert_eq!(
        errors_on_small_stack(at_param(&example)),
        [format!("spec/demo.yaml:17:99: {too_deep}")]
    );
    assert_eq!(
        errors_on_small_stack(at_param(&schema(200))),
        [format!("spec/demo.yaml:17:1258: {too_deep}")]
    );
    let block: String = (0..3000)
        .map(|d| format!("\n{}- ", " ".repeat(d)))
        .collect();
    for src in [
        format!("{}{}", BASE, "[".repeat(100_000)),
        format!("{}x: {}", BASE, "{a: ".repeat(100_000)),
        format!("{}x:{block}", BASE),
    ] {
        let errors = errors_on_small_stack(src.clone());
        let lines = src.lines().count();
        assert!(
            errors.len() == 1
                && errors
                    .iter()
                    .all(|e| located(e, &[("spec/demo.yaml".to_owned(), src.clone())]).is_ok()),
            "{errors:?} ({lines} lines)"
        );
    }
}

/// Found by `many-types`: the cycle check cloned the path at every step from every type (cubic: 3,000 chained types
/// took 20 s, 10,000 would take ten minutes), and marking the types a request or response uses ran passes until
/// nothing changed (quadratic when the chain is declared last-to-first: 10,000 types took 16 s). Both are linear
/// now: eight times the types may take at most sixteen times as long (linear: eight; quadratic: sixty-four).
/// (codegen-macros times the expansion of the same chains.)
#[test]
fn thousands_of_types_cost_linear_time() {
    let time = |n: usize, backwards: bool, cycle: bool| {
        let src = chain(n, backwards, cycle);
        (0..2)
            .map(|_| {
                let start = Instant::now();
                let errors = front_end(&[("spec/demo.yaml", &src)])
                    .err()
                    .unwrap_or_default();
                let took = start.elapsed();
                assert_eq!(errors.len(), usize::from(cycle), "{errors:?}");
                took
            })
            .min()
            .unwrap_or_default()
    };
    for (backwards, cycle) in [(false, true), (true, false)] {
        let (small, large) = (time(400, backwards, cycle), time(3200, backwards, cycle));
        assert!(
            large < small * 16 + Duration::from_millis(200),
            "backwards {backwards}, cycle {cycle}: 400 types {small:?}, 3200 types {large:?}"
        );
    }
    // The accepted chain's model holds what the expansion needs.
    assert_eq!(errors(&chain(3200, true, false)), Vec::<String>::new());
    // The one cycle is reported once, shortened, at the type where the search entered it.
    let errors = errors(&chain(3000, false, true));
    assert_eq!(
        errors,
        [
            "spec/demo.yaml:5:3: type `T0` contains itself (T0 → T1 → T2 → T3 → T4 → T5 → … → T2996 → T2997 → T2998 → \
          T2999 → T0); put the recursion inside an `array` or `map`"
        ]
    );
}

/// The cycle check still finds every kind of cycle (a rewrite of the one above).
#[test]
fn type_cycles_are_found() {
    let with_types = |types: &str| BASE.replace("types:\n", &format!("types:\n{types}"));
    assert_errors(
        &with_types("  A: { type: object, properties: { a: { type: A } } }\n"),
        &[
            "spec/demo.yaml:5:3: type `A` contains itself (A → A); put the recursion inside an `array` or `map`",
        ],
    );
    assert_errors(
        &with_types("  A: { type: B }\n  B: { type: array, items: { type: A } }\n"),
        &[
            "spec/demo.yaml:5:3: type `A` contains itself (A → B → A); put the recursion inside an `array` or `map`",
        ],
    );
    // Entered from outside: reported where the search entered it; through an array field of a struct: no cycle.
    assert_errors(
        &with_types(
            "  A: { type: C }\n  B: { type: object, properties: { c: { type: C } } }\n  C: { type: B }\n",
        ),
        &[
            "spec/demo.yaml:7:3: type `C` contains itself (C → B → C); put the recursion inside an `array` or `map`",
        ],
    );
    assert_errors(
        &with_types(
            "  A: { type: object, properties: { a: { type: array, items: { type: A } } } }\n",
        ),
        &[],
    );
}

/// Found as case 1071 (`generated-name`): a type named `Vias` in service `vias` was a second definition of the
/// service handle. Likewise `<Op>Request`, `<Op>Error` and `<Op>Output`, declared or derived for an inline type.
#[test]
fn generated_type_names_are_reserved() {
    let declared = |name: &str| {
        BASE.replace(
            "  ErrorBody:\n",
            &format!("  {name}:\n    type: string\n  ErrorBody:\n"),
        )
    };
    let taken = "give this type a different name (an inline type takes `name: …`)";
    assert_errors(
        &declared("Demo"),
        &[&format!(
            "spec/demo.yaml:5:3: type name `Demo` is already used by the service's handle (at spec/demo.yaml:1:10); {taken}"
        )],
    );
    assert_errors(
        &declared("StopGraphError"),
        &[&format!(
            "spec/demo.yaml:5:3: type name `StopGraphError` is already used by the error enum of operation `StopGraph` \
             (at spec/demo.yaml:13:16); {taken}"
        )],
    );
    // An inline enum of header `request` would be called `StopGraphRequest`; `name` resolves it.
    assert_errors(
        &BASE.replace("X-Language:", "request:"),
        &[&format!(
            "spec/demo.yaml:19:26: type name `StopGraphRequest` is already used by the request struct of operation \
             `StopGraph` (at spec/demo.yaml:11:16); {taken}"
        )],
    );
    assert_errors(
        &BASE.replace(
            "X-Language: { type: string,",
            "request: { type: string, name: Lang,",
        ),
        &[],
    );
    // `<Op>Output` exists only with several success statuses.
    assert_errors(&declared("StopGraphOutput"), &[]);
    let two = declared("StopGraphOutput").replace(
        "      400:\n",
        "      201:\n        description: queued\n      400:\n",
    );
    assert_eq!(errors(&two).len(), 1, "{:?}", errors(&two));
}

/// Found as cases 3892, 5624, 5672, 7445, 17627 (`duplicate-endpoint` renaming operations): operation `New` or
/// `WithOptions` defined a second `new` or `with_options` on the service handle.
#[test]
fn operations_cannot_shadow_handle_methods() {
    for (op, method) in [("New", "new"), ("WithOptions", "with_options")] {
        assert_errors(
            &BASE.replace("operation: StopGraph", &format!("operation: {op}")),
            &[&format!(
                "spec/demo.yaml:11:16: operation `{op}` maps to the method `{method}`, which every service handle \
                 already has; rename the operation"
            )],
        );
    }
}

/// Found reviewing what the oracle cannot see (the expansion compiles, every call fails at run time): a header
/// parameter whose name is no HTTP token, or one the runtime sets itself, could never be sent.
#[test]
fn header_parameters_must_be_sendable() {
    assert_errors(
        &BASE.replace("X-Language:", "\"X Language\":"),
        &[
            "spec/demo.yaml:19:9: endpoint `StopGraph`: header parameter `X Language` is not a valid HTTP header name \
           (letters, digits and !#$%&'*+-.^_`|~ only)",
        ],
    );
    assert_errors(
        &BASE.replace("X-Language:", "名字:"),
        &[
            "spec/demo.yaml:19:9: endpoint `StopGraph`: header parameter `名字` is not a valid HTTP header name \
           (letters, digits and !#$%&'*+-.^_`|~ only)",
        ],
    );
    assert_errors(
        &BASE.replace("X-Language:", "content-type:"),
        &[
            "spec/demo.yaml:19:9: endpoint `StopGraph`: header `content-type` is set by the client itself; do not \
           declare it",
        ],
    );
    assert_errors(&BASE.replace("X-Language:", "X_Odd.Name~1:"), &[]);
}

/// Found reviewing the same: a service named like one of generated-client's modules (`mock`, `client`) or `Client`'s
/// own methods (`builder`) would define it twice.
#[test]
fn service_names_taken_by_generated_client() {
    for name in ["mock", "client", "builder", "generated_client"] {
        assert_errors(
            &BASE.replace("service: demo", &format!("service: {name}")),
            &[&format!(
                "spec/demo.yaml:1:10: service name `{name}` is taken: generated-client has a module or `Client` \
                 method of that name"
            )],
        );
    }
}

/// Found by the model oracle on a hand-written input (the generator never writes `new` under `request.name`): an
/// optional request body named `new` became a setter `new` beside the request's constructor `new`. Now an optional
/// body is refused the name `new`; a required one is a constructor argument with no setter, and keeps building.
#[test]
fn an_optional_request_body_cannot_be_named_new() {
    let named = |required: bool| {
        BASE.replace(
            "    request:\n      body: { type: object }\n",
            &format!(
                "    request:\n      name: new\n      required: {required}\n      body: {{ type: object, properties: \
                 {{ x: {{ type: string }} }} }}\n"
            ),
        )
    };
    assert_errors(
        &named(false),
        &[
            "spec/demo.yaml:21:13: endpoint `StopGraph`: the optional request body maps to the Rust name `new`, which \
             is the request constructor; set another `request.name`",
        ],
    );
    assert_errors(&named(true), &[]);
    // An object without properties is sent as `{}` and is no field of the request, whatever its name.
    assert_errors(
        &BASE.replace("    request:\n", "    request:\n      name: new\n"),
        &[],
    );
}

/// Found reviewing every recursion left after the long run's stack overflow (which was in the oracle's syn parse, and
/// is fixed there): the expansion follows a chain of types that each only name the next (`A0: { type: A1 }`, …)
/// recursively to build a parameter's default, so 1,000 links overflowed a 1 MiB stack (8,000 would overflow rustc's).
/// `many-types` now puts a defaulted parameter on the chain's head. Chains longer than 32 links are refused, once, at
/// their head; one running into a cycle is left to the cycle check. (codegen-macros expands the longest accepted
/// chain on the same stack.)
#[test]
fn long_alias_chains_are_refused() {
    let refused = [
        "spec/demo.yaml:5:3: type `A0` starts a chain of more than 32 types that each only name the next; \
                    refer to the final type instead",
    ];
    assert_eq!(errors_on_stack(STACK, alias_chain(5000, "string")), refused);
    assert_eq!(errors_on_stack(STACK, alias_chain(34, "string")), refused);
    assert_eq!(
        errors_on_stack(STACK, alias_chain(33, "string")),
        Vec::<String>::new()
    );
    assert_eq!(
        errors_on_stack(STACK, alias_chain(10, "A8")),
        [
            "spec/demo.yaml:13:3: type `A8` contains itself (A8 → A9 → A8); put the recursion inside an `array` or `map`"
        ]
    );
}
