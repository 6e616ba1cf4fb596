#!/usr/bin/env bash
# Compile-time benchmark: our `codegen_macros::generate!` against progenitor 0.15.1's `generate_api!` on the same
# synthetic operations (bench/specgen), at 5, 200 and 1,000 endpoints, plus the per-service feature case.
# See BENCHMARKS.md for what each number means and the results.
#
#   bench/compile.sh                      # everything, 3 runs per timing
#   RUNS=5 SIZES="5 200" bench/compile.sh # fewer sizes, more runs
#   PHASES="full edit" bench/compile.sh   # only some phases (setup always runs)
#
# Environment:
#   RUNS=3                 timings per measurement (median reported; runs of the two generators are interleaved)
#   SIZES="5 200 1000"     endpoint counts (50 endpoints per service, at least one service)
#   PHASES="lines passes full edit check feat"
#   SRC=head|worktree|keep what our crates are built from: `git archive HEAD` (default; stable while others edit
#                          the working tree), the working tree as it is, or the snapshot already in place
#   PROGENITOR=1           0 skips progenitor (our numbers only, no ratios)
#   OURS_PROFILE=1         0 leaves out the [profile] lines README recommends (macro and its parser unoptimized)
#   REPORT_ONLY=<dir>      reprint the summary of target/bench/results/<run> without measuring
#
# Everything lives under target/bench/ (never committed): a snapshot of our crates, the synthetic specs, two
# scratch workspaces (ours/, prog/) each with its own [workspace] and Cargo.lock, and one target dir per build mode
# (full = CARGO_INCREMENTAL=0, incr, nightly = RUSTC_BOOTSTRAP=1 for -Z flags), shared by both generators, so that
# switching modes never rebuilds a dependency inside a measurement (each timing warns if anything else compiled).
# progenitor is a dependency of the scratch workspace prog/ only; nothing of ours depends on it, and prog/
# depends on nothing of ours.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=$ROOT/target/bench
RUNS=${RUNS:-3}
SIZES=${SIZES:-"5 200 1000"}
PHASES=${PHASES:-"lines passes full edit check feat"}
SRC=${SRC:-head}
PROGENITOR=${PROGENITOR:-1}
OURS_PROFILE=${OURS_PROFILE:-1}
PER_SERVICE=50
PROGENITOR_VERSION=0.15.1

# REPORT_ONLY=<results dir>: print the summary of an earlier run's raw.tsv again, measure nothing.
OUT=${REPORT_ONLY:-$B/results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
RAW=$OUT/raw.tsv # phase  generator  size  run  seconds  peak_rss_kib
LOG=$OUT/log.txt
[[ -n ${REPORT_ONLY:-} ]] || : >"$RAW"

say() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$LOG" >&2; }
has_phase() { [[ " $PHASES " == *" $1 "* ]]; }
services_for() { local s=$(($1 / PER_SERVICE)); echo $((s < 1 ? 1 : s)); }

command -v /usr/bin/time >/dev/null || {
  echo "needs GNU time: apt-get install -y time" >&2
  exit 1
}

# ---------------------------------------------------------------------------------------------------------------
# Setup: snapshot, specs, scratch workspaces, dependencies built once per target dir.
# ---------------------------------------------------------------------------------------------------------------
snapshot() {
  local snap=$B/snapshot stamp
  [[ $SRC == keep && -d $snap ]] && return
  if [[ $SRC == head ]]; then
    stamp=$(git -C "$ROOT" rev-parse HEAD)
  else
    stamp=worktree-$(date +%s)
  fi
  if [[ -f $snap/.stamp && $(cat "$snap/.stamp") == "$stamp" ]]; then
    return
  fi
  say "snapshot of our crates ($SRC, $stamp)"
  rm -rf "$snap.new"
  mkdir -p "$snap.new"
  if [[ $SRC == head ]]; then
    git -C "$ROOT" archive HEAD | tar -x -C "$snap.new"
  else
    (cd "$ROOT" && tar --exclude=./target --exclude=./.git -cf - .) | tar -x -C "$snap.new"
  fi
  # Keep the old tree's files where nothing changed, so their mtimes (and the built dependencies) stay valid.
  if [[ -d $snap ]]; then
    (cd "$snap.new" && find . -type f) | while read -r f; do
      if [[ -f $snap/$f ]] && cmp -s "$snap/$f" "$snap.new/$f"; then
        touch -r "$snap/$f" "$snap.new/$f"
      fi
    done
  fi
  rm -rf "$snap"
  mv "$snap.new" "$snap"
  echo "$stamp" >"$snap/.stamp"
}

gen_specs() {
  say "building specgen and writing specs"
  CARGO_TARGET_DIR=$B/target/tools cargo build --quiet --release --offline \
    --manifest-path "$B/snapshot/Cargo.toml" -p specgen
  local specgen=$B/target/tools/release/specgen n
  for n in $SIZES; do
    "$specgen" --endpoints "$n" --services "$(services_for "$n")" --out "$B/specs/$n"
  done
  # Per-service features: 1,000 endpoints over 20 services, and the same first service on its own.
  "$specgen" --endpoints 1000 --services 20 --out "$B/specs/feat"
  rm -rf "$B/specs/feat-one"
  mkdir -p "$B/specs/feat-one/yaml"
  cp "$B/specs/feat/yaml/svc01.yaml" "$B/specs/feat-one/yaml/"
}

write() { mkdir -p "$(dirname "$1")" && cat >"$1"; }

ours_crate() { # name, lib.rs body, [extra Cargo.toml text]
  local dir=$B/ours/$1
  write "$dir/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
generated-client = { path = "../../snapshot/generated-client", default-features = false }
codegen-macros = { path = "../../snapshot/codegen-macros" }
${3:-}
EOF
  printf '%s\n' "$2" | write "$dir/src/lib.rs"
}

prog_crate() { # name, lib.rs body
  local dir=$B/prog/$1
  write "$dir/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
progenitor = "=$PROGENITOR_VERSION"
reqwest = { version = "0.13", features = ["json", "stream"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
futures = "0.3"
regress = "0.12"
EOF
  printf '%s\n' "$2" | write "$dir/src/lib.rs"
}

scratch() {
  say "writing scratch workspaces"
  local n members features
  # Ours: a crate per size that expands the synthetic YAML standalone against generated-client (runtime only:
  # default-features = false turns every seed service off), and a baseline with the same dependencies.
  members='"ours-0"'
  ours_crate ours-0 'pub use generated_client::Client;'
  for n in $SIZES; do
    members="$members, \"ours-$n\""
    ours_crate "ours-$n" "codegen_macros::generate!(\"../../../specs/$n/yaml\", standalone);"
  done
  features=$(for i in $(seq -w 1 20); do echo "svc$i = []"; done)
  ours_crate feat-all 'codegen_macros::generate!("../../../specs/feat/yaml", standalone, features);' \
    "$(printf '[features]\ndefault = []\n%s' "$features")"
  ours_crate feat-one 'codegen_macros::generate!("../../../specs/feat-one/yaml", standalone, features);' \
    "$(printf '[features]\ndefault = ["svc01"]\nsvc01 = []')"
  members="$members, \"feat-all\", \"feat-one\""
  write "$B/ours/Cargo.toml" <<EOF
[workspace]
resolver = "3"
members = [$members]
EOF
  # The profile lines README.md recommends to crates that expand specs (the macro's parser optimized); OURS_PROFILE=0
  # measures the macro as cargo builds it by default.
  if [[ $OURS_PROFILE == 1 ]]; then
    cat >>"$B/ours/Cargo.toml" <<EOF

[profile.dev.package.serde-saphyr]
opt-level = 3

[profile.dev.package.granit-parser]
opt-level = 3

[profile.dev.package.proc-macro2]
opt-level = 3

[profile.dev.package.codegen-macros]
opt-level = 1

[profile.dev.package.spec-core]
opt-level = 1
EOF
  fi
  cp "$B/snapshot/Cargo.lock" "$B/ours/Cargo.lock"

  [[ $PROGENITOR == 1 ]] || return 0
  members='"prog-0", "prog-gen"'
  prog_crate prog-0 'pub use progenitor::progenitor_client;'
  for n in $SIZES; do
    members="$members, \"prog-$n\""
    prog_crate "prog-$n" "progenitor::generate_api!(\"../../specs/$n/openapi.json\");"
  done
  # The generator run outside the compiler: prettyplease line count and generate_tokens time.
  write "$B/prog/prog-gen/Cargo.toml" <<EOF
[package]
name = "prog-gen"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
progenitor = "=$PROGENITOR_VERSION"
openapiv3 = "2"
serde_json = "1"
syn = { version = "2", features = ["full"] }
prettyplease = "0.2"
EOF
  write "$B/prog/prog-gen/src/main.rs" <<'EOF'
// Usage: prog-gen <openapi.json> [out.rs]: generate_tokens median of 5 runs (after a warm-up) and line count.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("read spec");
    let endpoints = text.matches("\"operationId\"").count();
    let spec: openapiv3::OpenAPI = serde_json::from_str(&text).expect("parse spec");
    let mut times = Vec::new();
    let mut tokens = None;
    for _ in 0..6 {
        let start = std::time::Instant::now();
        let mut generator = progenitor::Generator::default();
        tokens = Some(generator.generate_tokens(&spec).expect("generate"));
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    let mut measured = times[1..].to_vec();
    measured.sort_by(f64::total_cmp);
    let median = measured[measured.len() / 2];
    let file: syn::File = syn::parse2(tokens.expect("ran")).expect("parse output");
    let out = prettyplease::unparse(&file);
    if let Some(path) = args.get(2) {
        std::fs::write(path, &out).expect("write output");
    }
    let lines = out.lines().count();
    println!(
        "prog_gen endpoints={endpoints} generate_ms={median:.1} ms_per_endpoint={:.3} lines={lines} lines_per_endpoint={:.1}",
        median / endpoints.max(1) as f64,
        lines as f64 / endpoints.max(1) as f64
    );
}
EOF
  write "$B/prog/Cargo.toml" <<EOF
[workspace]
resolver = "3"
members = [$members]
EOF
}

# cargo in a scratch workspace: gen (ours|prog), mode (full|incr|nightly), args...
scargo() {
  local gen=$1 mode=$2
  shift 2
  local env=(CARGO_TARGET_DIR="$B/target/$mode")
  [[ $mode == full || $mode == nightly ]] && env+=(CARGO_INCREMENTAL=0)
  [[ $mode == nightly ]] && env+=(RUSTC_BOOTSTRAP=1)
  (cd "$B/$gen" && env "${env[@]}" cargo "$@")
}

gens() { if [[ $PROGENITOR == 1 ]]; then echo "ours prog"; else echo ours; fi; }

prime() {
  local gen mode n pkgs
  [[ $PROGENITOR == 1 ]] && {
    say "resolving progenitor $PROGENITOR_VERSION (network: crates.io)"
    # The lock file is kept across runs (same versions every time); `fetch` downloads what a new member needs.
    (cd "$B/prog" && { [[ -f Cargo.lock ]] || cargo generate-lockfile --quiet; } && cargo fetch --quiet) 2>>"$LOG"
  }
  for gen in $(gens); do
    for mode in full incr nightly; do
      say "building dependencies: $gen ($mode target dir)"
      pkgs=(-p "$gen-0")
      scargo "$gen" "$mode" build --quiet --offline "${pkgs[@]}" 2>>"$LOG"
    done
    scargo "$gen" incr check --quiet --offline "${pkgs[@]}" 2>>"$LOG"
  done
  if [[ $PROGENITOR == 1 ]]; then
    say "building prog-gen"
    scargo prog full build --quiet --offline -p prog-gen 2>>"$LOG"
  fi
}

# ---------------------------------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------------------------------
# timed phase gen size run crate mode cargo-args...: one timing, appended to raw.tsv. Fails loudly if anything
# besides the measured crate was compiled (a dependency rebuilt would spoil the number).
timed() {
  local phase=$1 gen=$2 size=$3 run=$4 crate=$5 mode=$6
  shift 6
  local t=$OUT/time.txt err=$OUT/cargo.txt
  local env=(CARGO_TARGET_DIR="$B/target/$mode")
  [[ $mode == full ]] && env+=(CARGO_INCREMENTAL=0)
  if ! /usr/bin/time -f '%e %M' -o "$t" env "${env[@]}" \
    cargo "$@" --offline -p "$crate" --manifest-path "$B/$gen/Cargo.toml" 2>"$err"; then
    cat "$err" >&2
    exit 1
  fi
  local compiled
  compiled=$(grep -c '^ *\(Compiling\|Checking\) ' "$err" || true)
  if ((compiled != 1)); then
    say "WARNING: $phase $crate compiled $compiled crates:"
    grep '^ *\(Compiling\|Checking\) ' "$err" | tee -a "$LOG" >&2
  fi
  local secs rss
  read -r secs rss <"$t"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "$gen" "$size" "$run" "$secs" "$rss" >>"$RAW"
  say "$phase $gen $size run $run: ${secs}s, peak RSS $((rss / 1024)) MiB"
}

crate_of() { # gen size
  echo "$1-$2"
}

lib_of() { echo "$B/$1/$(crate_of "$1" "$2")/src/lib.rs"; }

spec_of() { # gen size: the file that holds endpoint 0 (marker EDIT0/EDIT1)
  if [[ $1 == ours ]]; then echo "$B/specs/$2/yaml/svc01.yaml"; else echo "$B/specs/$2/openapi.json"; fi
}

flip_edit() {
  local f=$1
  if grep -q EDIT0 "$f"; then sed -i 's/EDIT0/EDIT1/' "$f"; else sed -i 's/EDIT1/EDIT0/' "$f"; fi
}

phase_lines() {
  local n
  say "lines and generator time (prettyplease output of the macro's expansion, outside the compiler)"
  for n in $SIZES; do
    local line
    line=$(cd "$B/snapshot" && SPECGEN_DIR="$B/specs/$n/yaml" SPECGEN_OUT="$OUT/ours-$n.rs" \
      CARGO_TARGET_DIR="$B/target/tools" cargo test --quiet --offline -p codegen-macros --lib bench_pipeline \
      -- --ignored --nocapture 2>>"$LOG" | grep '^bench_pipeline')
    say "ours $n: $line"
    printf 'lines\tours\t%s\t0\t%s\n' "$n" "$line" >>"$OUT/lines.txt"
    if [[ $PROGENITOR == 1 ]]; then
      line=$("$B/target/full/debug/prog-gen" "$B/specs/$n/openapi.json" "$OUT/prog-$n.rs")
      say "prog $n: $line"
      printf 'lines\tprog\t%s\t0\t%s\n' "$n" "$line" >>"$OUT/lines.txt"
    fi
  done
}

phase_passes() {
  # -Zunpretty=expanded line count and -Ztime-passes (one non-incremental run each, RUSTC_BOOTSTRAP=1).
  local gen n crate
  say "fully expanded lines (-Zunpretty=expanded) and -Ztime-passes"
  for n in 0 $SIZES; do
    for gen in $(gens); do
      crate=$(crate_of "$gen" "$n")
      touch "$(lib_of "$gen" "$n")"
      scargo "$gen" nightly rustc --quiet --offline -p "$crate" --lib -- -Zunpretty=expanded \
        >"$OUT/$crate.expanded.rs" 2>>"$LOG"
      printf 'expanded\t%s\t%s\t0\t%s\n' "$gen" "$n" "$(wc -l <"$OUT/$crate.expanded.rs")" >>"$OUT/lines.txt"
      touch "$(lib_of "$gen" "$n")"
      scargo "$gen" nightly rustc --offline -p "$crate" --lib -- -Ztime-passes \
        >"$OUT/$crate.passes.txt" 2>&1
      say "$crate: $(wc -l <"$OUT/$crate.expanded.rs") expanded lines; $(grep -E '\s(expand_crate|type_check_crate|MIR_borrow_checking|codegen_crate|LLVM_passes|total)$' \
        "$OUT/$crate.passes.txt" | awk '{printf "%s %ss  ", $NF, $2}' | tr -d ';')"
    done
  done
}

phase_timings() {
  local phase=$1 run n gen crate
  say "phase $phase: $RUNS runs, interleaved"
  for run in $(seq 1 "$RUNS"); do
    for n in $SIZES; do
      for gen in $(gens); do
        crate=$(crate_of "$gen" "$n")
        case $phase in
          full)
            touch "$(lib_of "$gen" "$n")"
            timed full "$gen" "$n" "$run" "$crate" full build
            ;;
          edit)
            if ((run == 1)); then # bring the incremental cache up to date first
              touch "$(lib_of "$gen" "$n")"
              scargo "$gen" incr build --quiet --offline -p "$crate"
            fi
            flip_edit "$(spec_of "$gen" "$n")"
            timed edit "$gen" "$n" "$run" "$crate" incr build
            ;;
          check)
            if ((run == 1)); then # the first check of a crate builds its check cache from scratch
              touch "$(lib_of "$gen" "$n")"
              scargo "$gen" incr check --quiet --offline -p "$crate" 2>>"$LOG"
            fi
            touch "$(lib_of "$gen" "$n")"
            timed check "$gen" "$n" "$run" "$crate" incr check
            ;;
        esac
      done
    done
  done
}

phase_feat() {
  local run
  say "per-service features: one service enabled out of 20 (1,000 endpoints) vs a crate holding only it"
  for run in $(seq 1 "$RUNS"); do
    touch "$B/ours/feat-all/src/lib.rs" "$B/ours/feat-one/src/lib.rs"
    timed feat-all ours 1000 "$run" feat-all full build --features svc01
    timed feat-one ours 50 "$run" feat-one full build
  done
}

# ---------------------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------------------
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
col() { # phase gen size column(5=secs 6=rss)
  awk -F'\t' -v p="$1" -v g="$2" -v s="$3" -v c="$4" '$1==p && $2==g && $3==s {print $c}' "$RAW"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a=="-" || b=="-" || b==0) print "-"; else printf "%.2f\n", a/b}'; }
pair_ratio() { # phase size: median over runs of ours/progenitor within the same run (robust to load drifting)
  awk -F'\t' -v p="$1" -v s="$2" '$1==p && $3==s {v[$2" "$4]=$5} END {for (k in v) {split(k, a, " "); if (a[1]=="ours" && v["prog "a[2]]>0) print v[k]/v["prog "a[2]]}}' "$RAW" |
    median | awk '{ if ($1=="-") print "-"; else printf "%.2f\n", $1 }'
}

report() {
  local n phase o p
  {
    echo "# Compile-time benchmark $(basename "$OUT")"
    echo
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
      "$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); $(rustc --version); runs: $RUNS (median)"
    echo "our crates: $(cat "$B/snapshot/.stamp"); progenitor $PROGENITOR_VERSION; OURS_PROFILE=$OURS_PROFILE"
    echo
    echo "| endpoints | measurement | ours | progenitor | ratio of medians | median of per-run ratios |"
    echo "|---|---|---|---|---|---|"
    for n in $SIZES; do
      for phase in full edit check; do
        o=$(col "$phase" ours "$n" 5 | median)
        p=$(col "$phase" prog "$n" 5 | median)
        [[ $o == - && $p == - ]] && continue
        echo "| $n | $phase (s) | $o | $p | $(ratio "$o" "$p") | $(pair_ratio "$phase" "$n") |"
      done
      o=$(col full ours "$n" 6 | median)
      p=$(col full prog "$n" 6 | median)
      [[ $o != - ]] && o=$((${o%.*} / 1024))
      [[ $p != - ]] && p=$((${p%.*} / 1024))
      [[ $o == - && $p == - ]] || echo "| $n | peak rustc RSS, full build (MiB) | $o | $p | $(ratio "$o" "$p") | |"
    done
    o=$(col feat-all ours 1000 5 | median)
    p=$(col feat-one ours 50 5 | median)
    if [[ $o != - ]]; then
      echo
      echo "| per-service features (full build, s) | 1 of 20 services enabled (1,000 endpoints) | crate with only that service | ratio |"
      echo "|---|---|---|---|"
      echo "| svc01, 50 endpoints | $o | $p | $(ratio "$o" "$p") |"
    fi
    if [[ -f $OUT/lines.txt ]]; then
      echo
      echo "lines and generator/pipeline time:"
      echo '```'
      cat "$OUT/lines.txt"
      echo '```'
    fi
  } | tee "$OUT/summary.md"
}

main() {
  if [[ -n ${REPORT_ONLY:-} ]]; then
    report
    return
  fi
  mkdir -p "$B"
  snapshot
  gen_specs
  scratch
  prime
  has_phase lines && phase_lines
  has_phase passes && phase_passes
  for phase in full edit check; do
    has_phase "$phase" && phase_timings "$phase"
  done
  has_phase feat && phase_feat
  # Leave the specs as generated (the edit phase flips a marker).
  gen_specs >/dev/null 2>&1 || true
  report
  say "raw numbers: $RAW"
}

main "$@"
