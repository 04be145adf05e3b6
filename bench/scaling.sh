#!/usr/bin/env bash
# Data-parallel training throughput on this machine: latent train --processes N for N in PROCS
# (default 1 2 4), each process on batches of BATCH (default 128) images, so N processes train on
# whole batches of N x BATCH; ROUNDS rounds (default 2) run every N in turn (1 2 4 1 2 4), so drift
# falls on all alike. Prints the whole run's training images/s per epoch after the first (warm-up),
# from rank 0's metrics.jsonl (per-step time, evaluation excluded), the median over rounds, and the
# ratio to one process.
#
#   bench/scaling.sh [mlp|conv|gan]   (the peers' models: bench/peer-models.sh)
#   env: DATA (default ../shared/data/fashion-mnist), PROCS, ROUNDS, EPOCHS (default 3), BATCH
set -euo pipefail
cd "$(dirname "$0")/.."
arch="${1:-mlp}"
data="${DATA:-../shared/data/fashion-mnist}"
procs=(${PROCS:-1 2 4})
rounds="${ROUNDS:-2}"
epochs="${EPOCHS:-3}"
batch="${BATCH:-128}"
jar="${LATENT_JAR:-latent-cli/target/latent.jar}"
. bench/peer-models.sh
peer_model_args "$arch" || { echo "scaling: the architecture is mlp, conv or gan, not '$arch'" >&2; exit 2; }
[ -d "$data" ] || { echo "scaling: no data directory $data; set DATA" >&2; exit 2; }
[ -f "$jar" ] || mvn -B -q -DskipTests -pl latent-cli -am install
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results="$work/results"
for round in $(seq 1 "$rounds"); do
  for n in "${procs[@]}"; do
    out="$work/run-$n-$round"
    java -jar "$jar" train --data "$data" "${latent_args[@]}" --epochs "$epochs" --batch-size "$batch" --processes "$n" \
        --out "$out" --no-progress > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
    rate=$(python3 -c '
import json, sys
rates = [json.loads(l)["samples_per_second"] for l in open(sys.argv[1]) if l.strip()][1:]
print(round(len(rates) / sum(1.0 / r for r in rates)))' "$out/metrics.jsonl")
    echo "round $round: $n process(es): $rate images/s"
    echo "$n $rate" >> "$results"
  done
done
python3 - "$results" "$arch" "$batch" <<'PY'
import sys, statistics
rates = {}
for line in open(sys.argv[1]):
    n, r = line.split(); rates.setdefault(int(n), []).append(float(r))
base = statistics.median(rates[min(rates)])
for n in sorted(rates):
    m = statistics.median(rates[n])
    print(f"{sys.argv[2]}: {n} process(es) x batch {sys.argv[3]}: median {m:.0f} images/s, {m / base:.2f}x one process")
PY
