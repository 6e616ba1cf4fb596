#!/usr/bin/env bash
# Cold build of a consumer crate: what a user's first `cargo build` costs. Two scratch crates under
# target/coldbuild/ (never committed), each built from an empty CARGO_TARGET_DIR, debug profile:
#   ours      depends on generated-client by path, default features, and calls one endpoint;
#   baseline  depends on reqwest 0.13 (its defaults), tokio and serde_json, and makes the same kind of call.
# Runs are interleaved (ours, baseline, ours, ...) so load that drifts moves both. For each build it prints the
# wall time, the CPU time of cargo and every rustc and build script it ran (user + system, from `/usr/bin/time`:
# less sensitive than wall time to other work on the machine), the number of crates compiled (cargo's `Compiling`
# lines, one per package) and the load average at the start. Both crates share Cargo.lock's versions where they overlap (the baseline's lock
# file is copied from the workspace, then resolved for what it adds), and cargo reads crates from the local
# registry cache (`--offline` after one fetch), so no download is timed. Both build with CARGO_INCREMENTAL=0: cargo
# builds a dependency from a registry or git without incremental compilation, but a path dependency (generated-client
# here) with it, which made its own compile about a third slower than a user's would be; the two small binaries lose
# the same little. See BENCHMARKS.md, "Cold build".
#
#   bench/coldbuild.sh          # RUNS=3
#   RUNS=2 bench/coldbuild.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-3}
B=$ROOT/target/coldbuild
mkdir -p "$B/ours/src" "$B/baseline/src" "$B/results"

cat >"$B/ours/Cargo.toml" <<EOT
[package]
name = "coldbuild-ours"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
generated-client = { path = "$ROOT/generated-client" }
tokio = { version = "1", features = ["rt", "macros"] }

[workspace]
EOT
cat >"$B/ours/src/main.rs" <<'EOT'
use generated_client::ges::StopGraphRequest;
use generated_client::{Client, Credentials};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .credentials(Credentials::from_env()?)
        .region("cn-north-4")
        .build()?;
    let out = client.ges().stop_graph(StopGraphRequest::new("graph")).await?;
    println!("{:?}", out.job_id);
    Ok(())
}
EOT
cat >"$B/baseline/Cargo.toml" <<'EOT'
[package]
name = "coldbuild-baseline"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
reqwest = "0.13"
tokio = { version = "1", features = ["rt", "macros"] }
serde_json = "1"

[workspace]
EOT
cat >"$B/baseline/src/main.rs" <<'EOT'
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = serde_json::json!({});
    let resp = reqwest::Client::new()
        .post("https://ges.cn-north-4.myhuaweicloud.com/v2/p/graphs/graph/stop")
        .header("X-Auth-Token", std::env::var("TOKEN")?)
        .body(serde_json::to_vec(&body)?)
        .send()
        .await?;
    let out: serde_json::Value = serde_json::from_slice(&resp.bytes().await?)?;
    println!("{out}");
    Ok(())
}
EOT
# Same versions as the workspace where the two overlap; fetch once, so the timed builds only compile.
for c in ours baseline; do
  cp "$ROOT/Cargo.lock" "$B/$c/Cargo.lock"
  cargo fetch -q --manifest-path "$B/$c/Cargo.toml"
done

run=$(date +%Y%m%d-%H%M%S)
out=$B/results/$run.tsv
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); rustc $(rustc --version | cut -d' ' -f2)"
printf 'run\tcrate\tseconds\tcpu-seconds\tcrates\tload\n' | tee "$out"
for i in $(seq 1 "$RUNS"); do
  for c in ours baseline; do
    t=$B/target-$c
    rm -rf "$t"
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s.%N)
    CARGO_INCREMENTAL=0 CARGO_TARGET_DIR=$t /usr/bin/time -f '%U %S' -o "$B/results/$run-$c-$i.cpu" \
      cargo build --offline --manifest-path "$B/$c/Cargo.toml" 2>"$B/results/$run-$c-$i.log"
    end=$(date +%s.%N)
    cpu=$(awk '{print $1 + $2}' "$B/results/$run-$c-$i.cpu")
    n=$(grep -c '^ *Compiling ' "$B/results/$run-$c-$i.log")
    printf '%s\t%s\t%.1f\t%.1f\t%s\t%s\n' "$i" "$c" "$(echo "$end - $start" | bc)" "$cpu" "$n" "$load" | tee -a "$out"
  done
done
rm -rf "$B/target-ours" "$B/target-baseline"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
for c in ours baseline; do
  echo "$c: median $(awk -F'\t' -v c=$c '$2==c {print $3}' "$out" | median) s wall, $(awk -F'\t' -v c=$c '$2==c {print $4}' "$out" | median) s CPU, $(awk -F'\t' -v c=$c '$2==c {print $5}' "$out" | head -1) crates"
done
echo "results: $out; the compiled crates: $B/results/$run-<crate>-<run>.log"
