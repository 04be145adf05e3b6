#!/usr/bin/env bash
# "GANs are trickier to train", measured: a conv VAE and a GAN with the same decoder (the GAN's
# generator), each trained with 5 seeds x 2 learning rates (the default and 5x larger) for the same
# epochs on the same data; then every model's samples are judged the same way (evaluate --full:
# Frechet distance, precision/recall, density/coverage in latent's classifier features).
# Prints one JSON line per run and a table of failures and the spread of each metric.
#
#   bench/gan-vs-vae-seeds.sh
#   env: DATA (default ../shared/data/fashion-mnist), EPOCHS (default 1), SEEDS (default "1 2 3 4 5"),
#        OUT (default runs/seeds), LATENT_JAR (default latent-cli/target/latent.jar)
set -uo pipefail
cd "$(dirname "$0")/.."
data="${DATA:-../shared/data/fashion-mnist}"
epochs="${EPOCHS:-1}"
seeds="${SEEDS:-1 2 3 4 5}"
out="${OUT:-runs/seeds}"
jar="${LATENT_JAR:-latent-cli/target/latent.jar}"
[ -d "$data" ] || { echo "gan-vs-vae-seeds: no data directory $data; set DATA" >&2; exit 2; }
[ -f "$jar" ] || mvn -B -q -DskipTests -pl latent-cli -am install
arch=(--arch conv --channels 32,64 --hidden 256 --latent-dim 16 --upsample transposed)
mkdir -p "$out"
results="$out/results.jsonl"
: > "$results"
for model in vae gan; do
  if [ "$model" = vae ]; then rates="1e-3 5e-3"; else rates="2e-4 1e-3"; fi
  for lr in $rates; do
    for seed in $seeds; do
      dir="$out/$model-lr$lr-seed$seed"
      log="$dir.log"
      java -jar "$jar" train --model "$model" "${arch[@]}" --data "$data" --epochs "$epochs" --lr "$lr" --seed "$seed" \
          --out "$dir" --force --no-progress > "$log" 2>&1
      code=$?
      collapsed=$(grep -c "mode collapse\|discriminator wins" "$log")
      numbers='{}'
      if [ "$code" = 0 ]; then
        numbers=$(java -jar "$jar" evaluate --model "$dir" --full --json --importance-samples 0 --samples 2000 2>>"$log" || echo '{}')
      fi
      python3 -c '
import json, sys
n = json.loads(sys.argv[5] or "{}")
keep = ["sample_frechet_distance", "sample_precision", "sample_recall", "sample_density", "sample_coverage",
        "sample_mean_max_probability", "sample_class_entropy_nats", "negative_elbo_nats"]
print(json.dumps({"model": sys.argv[1], "lr": float(sys.argv[2]), "seed": int(sys.argv[3]), "exit": int(sys.argv[4]),
                  "failure_warnings": int(sys.argv[6]), **{k: n.get(k) for k in keep}}))' \
          "$model" "$lr" "$seed" "$code" "$numbers" "$collapsed" | tee -a "$results"
    done
  done
done
python3 - "$results" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
keys = ["sample_frechet_distance", "sample_precision", "sample_recall", "sample_coverage", "sample_mean_max_probability"]
print("| model | lr | runs | diverged (exit 3) | failure warnings (runs) | " + " | ".join(k.replace("sample_", "") + " mean (sd)" for k in keys) + " |")
print("|---|---|---|---|---|" + "---|" * len(keys))
for (model, lr) in sorted({(r["model"], r["lr"]) for r in rows}):
    group = [r for r in rows if r["model"] == model and r["lr"] == lr]
    cells = []
    for k in keys:
        values = [r[k] for r in group if r.get(k) is not None]
        cells.append("n/a" if not values else "%.3f (%.3f)" % (statistics.mean(values), statistics.stdev(values) if len(values) > 1 else 0.0))
    print("| %s | %g | %d | %d | %d | %s |" % (model, lr, len(group), sum(r["exit"] == 3 for r in group),
          sum(r["failure_warnings"] > 0 for r in group), " | ".join(cells)))
PY
