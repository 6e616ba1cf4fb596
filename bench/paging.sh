#!/usr/bin/env bash
# Compile-time cost of paginators and waiters (BENCHMARKS.md, "Paginators and waiters"): two scratch crates expand the
# same N list endpoints (default 50, one service) standalone against generated-client (no seed service), one with
# `pagination:` on each (marker style, a page size, a short last page) and one without; a third adds a `waiter:` to
# each. Each timing rebuilds only the scratch crate (its dependencies are built once beforehand), runs interleaved.
#
#   bench/paging.sh                 # 50 endpoints, 5 runs
#   N=100 RUNS=3 bench/paging.sh
#
# Everything lives under target/bench-paging/ (never committed).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=$ROOT/target/bench-paging
N=${N:-50}
RUNS=${RUNS:-5}
mkdir -p "$B"

# The specs: N list endpoints of one service; variant `off`, `pages` (pagination:) or `waits` (waiter:).
spec() {
  python3 - "$1" "$N" <<'EOF'
import sys
variant, n = sys.argv[1], int(sys.argv[2])
out = ["service: bench", "title: Bench", "host_prefix: bench", "types:",
       "  Item:", "    type: object", "    properties:",
       "      id: { type: string, required: true }", "      name: { type: string }",
       "      status: { type: string, enum: [RUNNING, DONE, FAILED] }",
       "  ErrorBody:", "    type: object", "    properties:",
       "      error_code: { type: string }", "      error_msg: { type: string }",
       "endpoints:"]
for i in range(n):
    out += [f"  - operation: ListThings{i}", "    method: GET", f"    path: /v1/{{project_id}}/things{i}",
            "    parameters:", "      path:", "        project_id: { type: string, from_context: project_id }",
            "      query:", "        marker: { type: string }", "        limit: { type: int32, minimum: 0 }"]
    if variant == "pages":
        out += ["    pagination: { style: marker, items: items, param: marker, next: id, page_size: limit, "
                "short_page_ends: true }"]
    if variant == "waits":
        out += ["    waiter: { status: state.status, done: [DONE], failed: [FAILED] }"]
    out += ["    responses:", "      200:", "        body:", "          type: object", "          properties:",
            "            items: { type: array, items: { type: Item } }",
            "            state: { type: Item }",
            "      400: { body: { type: ErrorBody } }"]
print("\n".join(out))
EOF
}

crate() { # name
  mkdir -p "$B/$1/src"
  cat >"$B/$1/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
generated-client = { path = "$ROOT/generated-client", default-features = false }
codegen-macros = { path = "$ROOT/codegen-macros" }
EOF
  spec "${1#bench-}" >"$B/$1/spec.yaml"
  echo 'codegen_macros::generate!("../spec.yaml", standalone);' >"$B/$1/src/lib.rs"
}

for v in off pages waits; do crate "bench-$v"; done
cat >"$B/Cargo.toml" <<EOF
[workspace]
resolver = "3"
members = ["bench-off", "bench-pages", "bench-waits"]

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
cp "$ROOT/Cargo.lock" "$B/Cargo.lock"
export CARGO_TARGET_DIR=$B/target CARGO_INCREMENTAL=0
(cd "$B" && cargo build --quiet --offline --workspace)

time_one() { # crate → seconds of `cargo build` after touching its source
  touch "$B/$1/src/lib.rs"
  local s e
  s=$(date +%s.%N)
  (cd "$B" && cargo build --quiet --offline -p "$1")
  e=$(date +%s.%N)
  python3 -c "print(f'{$e - $s:.2f}')"
}

declare -A T
for r in $(seq 1 "$RUNS"); do
  line="run $r (load $(cut -d' ' -f1 /proc/loadavg)):"
  for v in off pages waits; do
    t=$(time_one "bench-$v")
    T[$v]+="$t "
    line+=" $v $t"
  done
  echo "$line" >&2
done
python3 - "$N" "${T[off]}" "${T[pages]}" "${T[waits]}" <<'EOF'
import statistics, sys
n = int(sys.argv[1])
off, pages, waits = ([float(x) for x in a.split()] for a in sys.argv[2:5])
m = {k: statistics.median(v) for k, v in (("off", off), ("pages", pages), ("waits", waits))}
print(f"{n} endpoints, medians of {len(off)} runs (s): without {m['off']:.2f}, pagination {m['pages']:.2f}, "
      f"waiter {m['waits']:.2f}")
for k in ("pages", "waits"):
    d = m[k] - m["off"]
    print(f"  {k}: +{d:.2f} s in all, {1000 * d / n:.1f} ms per endpoint ({100 * d / m['off']:.1f}%)")
EOF
