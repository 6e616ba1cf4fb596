//! Hostile-input property tests of the expansion: the fuzz's inputs (spec-core's `tests/support/generator.rs`)
//! through the whole pipeline (load → raw → check → model → expand), issue 6.
//!
//! spec-core's `tests/fuzz.rs` holds the front end to no panic, bounded time, located errors and a sound model; this
//! file runs the same inputs, on the same harness (`tests/support/harness.rs`), through the expansion as well, and
//! requires every accepted input to expand to a Rust file that `syn` parses and that defines nothing twice, and a
//! wire-name spec's expansion to carry every wire name as written.
//!
//! `FUZZ_CASES=100000 cargo test -p codegen-macros --release fuzz -- --nocapture` runs the long version;
//! `FUZZ_SEED=<n>` changes the sequence and `FUZZ_ONLY=<n>` replays one input. See `RELIABILITY.md`.

use crate::support::base::BASE;
use crate::support::generator::{alias_chain, chain, corpus, generate, parsed_corpus, wire_case};
use crate::support::harness::{
    Oracle, Verdict, base_seed, case_count, judge, only_case, run_cases,
};
use crate::tests::run;
use quote::ToTokens;
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

/// Inputs per run of [`pipeline_survives_hostile_specs`] unless `FUZZ_CASES` says otherwise (a quarter as many
/// wire-name specs): a few seconds in a debug build, so `cargo test --workspace` stays fast.
const DEFAULT_CASES: usize = 2_000;

/// The whole pipeline on in-memory files; a token stream cannot leave its thread, its text can.
fn expand(files: &[(&str, &str)]) -> Result<String, Vec<String>> {
    run(files).map(|tokens| tokens.to_string())
}

/// The pipeline, judged by [`expansion_holds`].
const EXPANSION: Oracle<String> = Oracle {
    run: expand,
    accepted: expansion_holds,
};

/// An expansion lexes, carries every wire name in `literals` (as a string literal or an identifier), parses as a
/// Rust file, and defines nothing twice.
fn expansion_holds(text: String, literals: &[String]) -> Result<(), String> {
    let tokens: proc_macro2::TokenStream = text
        .parse()
        .map_err(|e| format!("expansion does not lex: {e}"))?;
    if !literals.is_empty() {
        let carried = carried(tokens.clone());
        for w in literals {
            if !carried.contains(w) {
                return Err(format!("wire name {w:?} is not in the expansion"));
            }
        }
    }
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("expansion does not parse: {e}"))?;
    let defined_twice = defined_twice(&file.items);
    if !defined_twice.is_empty() {
        return Err(format!("expansion defines names twice: {defined_twice:?}"));
    }
    Ok(())
}

// ----------------------------------------------------------------------------------------------------------- runs

/// The main property: thousands of hostile specs, none of which may panic, hang, expand to broken Rust, or get an
/// error without a location.
#[test]
fn pipeline_survives_hostile_specs() {
    let corpus = parsed_corpus();
    let cases = case_count(DEFAULT_CASES);
    let seed = base_seed();
    let only = only_case();
    let start = Instant::now();
    let tally = run_cases(
        only.map_or(0..cases, |n| n..n + 1),
        &|case| generate(case, seed, &corpus),
        only.is_some(),
        EXPANSION,
    );
    println!(
        "fuzz (expansion, seed {seed:#x}, {:.1?}): {}",
        start.elapsed(),
        tally.summary("expanded to valid Rust")
    );
    println!(
        "fuzz: inputs (pipeline time) per mutation: {}",
        tally.per_kind()
    );
    tally.assert_no_failures();
    // A generator whose every input is rejected would prove little.
    assert!(
        only.is_some() || tally.accepted * 10 >= tally.cases,
        "only {} of {} inputs expanded",
        tally.accepted,
        tally.cases
    );
}

/// Any wire name (keywords, leading digits, `-`, `.`, `/`, non-ASCII, names that collide once converted) yields Rust
/// that parses, defines nothing twice and keeps every wire name as written, or located errors.
#[test]
fn random_wire_names_expand_or_are_located() {
    let seed = base_seed() ^ 0x3173;
    let cases = case_count(DEFAULT_CASES) / 4;
    let tally = run_cases(0..cases, &|case| wire_case(case, seed), false, EXPANSION);
    println!(
        "wire names (expansion): {}",
        tally.summary("expanded carrying every wire name")
    );
    tally.assert_no_failures();
    assert!(
        tally.accepted * 4 >= tally.cases,
        "only {} of {} expanded",
        tally.accepted,
        tally.cases
    );
}

/// Every valid spec of the corpus, and the specs spec-core's regression tests (`tests/fuzz.rs`) pin as valid, expand
/// on the fuzz's stacks to Rust that parses and defines nothing twice; the rest get located errors.
#[test]
fn valid_specs_expand() {
    let with_types = |types: &str| BASE.replace("types:\n", &format!("types:\n{types}"));
    let pinned = [
        // type_cycles_are_found: recursion through an array field.
        with_types(
            "  A: { type: object, properties: { a: { type: array, items: { type: A } } } }\n",
        ),
        // generated_type_names_are_reserved: an inline enum named away from `<Op>Request`, and `<Op>Output` with one
        // success status.
        BASE.replace(
            "X-Language: { type: string,",
            "request: { type: string, name: Lang,",
        ),
        BASE.replace(
            "  ErrorBody:\n",
            "  StopGraphOutput:\n    type: string\n  ErrorBody:\n",
        ),
        // header_parameters_must_be_sendable: every token character.
        BASE.replace("X-Language:", "X_Odd.Name~1:"),
        // long_alias_chains_are_refused: the longest chain allowed, whose default the expansion builds by following
        // it, on the fuzz's 1 MiB stack.
        alias_chain(33, "string"),
    ];
    let mut expanded = 0;
    let specs = corpus().into_iter().map(|(name, text)| (name, text, false));
    let pinned = pinned
        .into_iter()
        .map(|text| ("pinned".to_owned(), text, true));
    for (case, (name, text, must_expand)) in specs.chain(pinned).enumerate() {
        let files = [("spec/demo.yaml".to_owned(), text)];
        match judge(case, &files, &[], EXPANSION) {
            Ok((Verdict::Accepted, _)) => expanded += 1,
            Ok((Verdict::Rejected(_), _)) if !must_expand => {}
            Ok((Verdict::Rejected(n), _)) => panic!("{name}: {n} errors\n{}", files[0].1),
            Err(why) => panic!("{name}: {why}\n{}", files[0].1),
        }
    }
    assert!(expanded >= 12, "{expanded} specs expanded");
}

/// spec-core's `thousands_of_types_cost_linear_time` for the expansion: eight times the types (a chain declared
/// last-to-first, which the front end accepts) may take at most sixteen times as long through the whole pipeline.
#[test]
fn thousands_of_types_expand_in_linear_time() {
    let time = |n: usize| {
        let src = chain(n, true, false);
        (0..2)
            .map(|_| {
                let start = Instant::now();
                let expanded = run(&[("spec/demo.yaml", &src)]);
                let took = start.elapsed();
                if let Err(e) = expanded {
                    panic!("{n} types: {e:?}");
                }
                took
            })
            .min()
            .unwrap_or_default()
    };
    let (small, large) = (time(400), time(3200));
    assert!(
        large < small * 16 + Duration::from_millis(200),
        "400 types {small:?}, 3200 types {large:?}"
    );
}

// ---------------------------------------------------------------------------------------------------------- oracle

/// Every string literal's value and every identifier (without `r#`) in `tokens`: where a wire name must show up, as
/// a serde `rename`, a parameter's name, an enum value, or a field that needs no rename.
fn carried(tokens: proc_macro2::TokenStream) -> BTreeSet<String> {
    use syn::ext::IdentExt;
    let mut out = BTreeSet::new();
    for tt in tokens {
        match tt {
            proc_macro2::TokenTree::Group(g) => out.extend(carried(g.stream())),
            proc_macro2::TokenTree::Ident(i) => {
                out.insert(i.unraw().to_string());
            }
            proc_macro2::TokenTree::Literal(l) => {
                if let Ok(s) = syn::parse2::<syn::LitStr>(l.into_token_stream()) {
                    out.insert(s.value());
                }
            }
            proc_macro2::TokenTree::Punct(_) => {}
        }
    }
    out
}

/// Names defined twice in one scope: items of a module, fields of a struct, variants of an enum, associated items
/// of a type's inherent impls. rustc would reject each, with no pointer to the spec.
fn defined_twice(items: &[syn::Item]) -> Vec<String> {
    use syn::ext::IdentExt;
    let mut out = Vec::new();
    let mut types = BTreeSet::new();
    let mut values = BTreeSet::new();
    let mut assoc: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let twice =
        |set: &mut BTreeSet<String>, what: &str, ident: &syn::Ident, out: &mut Vec<String>| {
            if !set.insert(ident.unraw().to_string()) {
                out.push(format!("{what} `{}`", ident.unraw()));
            }
        };
    for item in items {
        match item {
            syn::Item::Mod(m) => {
                twice(&mut types, "module", &m.ident, &mut out);
                if let Some((_, inner)) = &m.content {
                    out.extend(
                        defined_twice(inner)
                            .into_iter()
                            .map(|e| format!("{}::{e}", m.ident)),
                    );
                }
            }
            syn::Item::Struct(s) => {
                twice(&mut types, "type", &s.ident, &mut out);
                let mut fields = BTreeSet::new();
                for f in s.fields.iter().filter_map(|f| f.ident.as_ref()) {
                    twice(&mut fields, &format!("field of {}", s.ident), f, &mut out);
                }
            }
            syn::Item::Enum(e) => {
                twice(&mut types, "type", &e.ident, &mut out);
                let mut variants = BTreeSet::new();
                for v in &e.variants {
                    twice(
                        &mut variants,
                        &format!("variant of {}", e.ident),
                        &v.ident,
                        &mut out,
                    );
                }
            }
            syn::Item::Type(t) => twice(&mut types, "type", &t.ident, &mut out),
            syn::Item::Fn(f) => twice(&mut values, "fn", &f.sig.ident, &mut out),
            syn::Item::Static(s) => twice(&mut values, "static", &s.ident, &mut out),
            syn::Item::Const(c) if c.ident != "_" => {
                twice(&mut values, "const", &c.ident, &mut out)
            }
            syn::Item::Impl(i) if i.trait_.is_none() => {
                let self_ty = &i.self_ty;
                let self_ty = quote::quote!(#self_ty).to_string();
                let set = assoc.entry(self_ty.clone()).or_default();
                for it in &i.items {
                    let ident = match it {
                        syn::ImplItem::Fn(f) => &f.sig.ident,
                        syn::ImplItem::Const(c) => &c.ident,
                        _ => continue,
                    };
                    twice(
                        set,
                        &format!("associated item of {self_ty}"),
                        ident,
                        &mut out,
                    );
                }
            }
            _ => {}
        }
    }
    out
}
