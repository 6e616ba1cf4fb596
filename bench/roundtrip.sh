#!/usr/bin/env bash
# Loopback round trip, generated client against the same call written by hand with reqwest + serde (issue 5's
# target: <= 1.05x). Builds the criterion bench in release and runs its interleaved mode RUNS times; each run
# alternates blocks of 50 calls of the two clients against one local server for ROUNDS rounds and prints the
# median of the per-round ratios ("paired"). This script prints every run and the median over the runs.
# See BENCHMARKS.md, "Run time".
#
#   bench/roundtrip.sh            # RUNS=10 ROUNDS=600 (about 1.5 minutes after the build)
#   RUNS=20 bench/roundtrip.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
ROUNDS=${ROUNDS:-600}

bin=$(cargo bench -p bench-runtime --bench runtime --no-run --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)
[[ -x $bin ]] || {
  echo "could not build the runtime bench" >&2
  exit 1
}
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run  wall-paired  client-cpu-paired  (generated / hand-written, median of $ROUNDS per-round ratios)"
walls=()
cpus=()
for i in $(seq 1 "$RUNS"); do
  out=$("$bin" --interleaved "$ROUNDS")
  w=$(awk '/wall clock/ {print $NF}' <<<"$out")
  c=$(awk '/client thread CPU/ {print $NF}' <<<"$out")
  printf '%3d  %s        %s\n' "$i" "$w" "$c"
  walls+=("$w")
  cpus+=("$c")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
max() { printf '%s\n' "$@" | sort -n | tail -1; }
echo "median over $RUNS runs: wall $(median "${walls[@]}") (max $(max "${walls[@]}")), client CPU $(median "${cpus[@]}") (max $(max "${cpus[@]}"))"
