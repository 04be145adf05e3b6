#!/usr/bin/env bash
# Training speed of each autoencoder variant (latent bench: dense 784-400-20, batch 128, EPOCHS
# epochs of which the first is warm-up), ROUNDS rounds that each run every variant once in turn,
# so drift on the shared machine falls on all of them alike; prints steady images/s per round and
# the median ratio to the plain model of the same kind (vae or ae).
#
#   bench/variants-speed.sh
#   env: DATA (default ../shared/data/fashion-mnist), ROUNDS (default 2), EPOCHS (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DATA:-../shared/data/fashion-mnist}"
rounds="${ROUNDS:-2}"
epochs="${EPOCHS:-3}"
jar="${LATENT_JAR:-latent-cli/target/latent.jar}"
[ -d "$data" ] || { echo "variants-speed: no data directory $data; set DATA" >&2; exit 2; }
[ -f "$jar" ] || mvn -B -q -DskipTests -pl latent-cli -am install
variants=(
  "vae|"
  "vae iwae K=5|--objective iwae:5"
  "vae capacity|--capacity 25:4000"
  "vae gaussian learned variance|--likelihood gaussian --variance learned"
  "vae denoising gaussian:0.3|--corrupt gaussian:0.3"
  "ae|--model ae"
  "ae denoising mask:0.25|--model ae --corrupt mask:0.25"
  "ae sparsity l1:0.1|--model ae --sparsity l1:0.1"
  "ae sparsity kl:0.05:1|--model ae --sparsity kl:0.05:1"
)
results=$(mktemp)
trap 'rm -f "$results"' EXIT
for round in $(seq 1 "$rounds"); do
  for v in "${variants[@]}"; do
    name="${v%%|*}"; args="${v#*|}"
    # shellcheck disable=SC2086 # the arguments are words
    rate=$(java -jar "$jar" bench --data "$data" $args --epochs "$epochs" --batch-size 128 --json \
      | python3 -c 'import sys, json; r = json.loads(sys.stdin.read())["epoch_samples_per_second"][1:]; print(len(r) / sum(1 / x for x in r))')
    printf '%s\t%s\t%s\n' "$round" "$name" "$rate" | tee -a "$results"
  done
done
python3 - "$results" <<'PY'
import sys, statistics, collections
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
by = collections.defaultdict(dict)
for r, name, rate in rows: by[name][r] = float(rate)
print('| variant | training images/s (median of rounds) | vs the plain model, same round (median) |')
print('|---|---|---|')
for name, rates in by.items():
    base = 'vae' if name.startswith('vae') else 'ae'
    ratios = [rates[r] / by[base][r] for r in rates]
    print(f'| {name} | {statistics.median(rates.values()):.0f} | {statistics.median(ratios):.2f} |')
PY
