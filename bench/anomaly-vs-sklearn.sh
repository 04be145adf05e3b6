#!/usr/bin/env bash
# Anomaly scores of latent against scikit-learn's classic detectors (../shared/peers/sklearn_anomaly.py),
# on the SAME rows: the peer's own split, train_test_split(test_size=0.3, random_state=SEED, stratify=y),
# is written as train.csv/test.csv (the file's original lines) and latent trains on that directory.
# The peer fits on the normal rows of the 70%; latent keeps the anomalous rows out of training too, and
# also holds out 10% of the training rows (--validation-fraction 0.1) for its threshold, so it learns
# from 90% of the peer's normal rows. Prints one table: detector, ROC AUC, AP, seconds.
#
#   bench/anomaly-vs-sklearn.sh [CSV]          (default ../shared/data/tabular/machines.csv)
#   env: LABEL (default is_fault), ANOMALY (default 1), SEED (split and peer seed, default 1),
#        EPOCHS (default 100, latent's default for tables), TRAIN_ARGS (more latent train flags, default none),
#        OUT (default a new temp directory; logs, models, results.jsonl),
#        STUDY (default 0; 1 = also train CONFIGS x SEEDS and tabulate mean (sd) over seeds),
#        SEEDS (default "1 2 3 4 5"; latent's --seed), CONFIGS (';'-separated "name=flags", see below),
#        STUDY_SCORES (default "elbo reconstruction"), LATENT_JAR (default latent-cli/target/latent.jar)
#
# "seconds": the peer's is fit + score inside Python (its own timer; no start-up, no preprocessing);
# latent's is the wall time of `train` plus that of `score`, JVM and libtorch start included
# (about 3 s of each run here), with the training alone in brackets.
set -euo pipefail
cd "$(dirname "$0")/.."
csv="${1:-../shared/data/tabular/machines.csv}"
label="${LABEL:-is_fault}"
anomaly="${ANOMALY:-1}"
seed="${SEED:-1}"
epochs="${EPOCHS:-100}"
read -r -a train_args <<< "${TRAIN_ARGS:-}"
out="${OUT:-$(mktemp -d -t anomaly-vs-sklearn.XXXXXX)}"
study="${STUDY:-0}"
seeds="${SEEDS:-1 2 3 4 5}"
study_scores="${STUDY_SCORES:-elbo reconstruction}"
default_configs="cli-default-10ep=--epochs 10;default-30ep=;epochs-60=--epochs 60;epochs-100=--epochs 100"
default_configs+=";latent-4=--latent-dim 4;latent-16=--latent-dim 16;hidden-64=--hidden 64;hidden-256=--hidden 256"
default_configs+=";ae=--model ae;beta-0.5=--beta 0.5"
configs="${CONFIGS:-$default_configs}"
peer=../shared/peers/sklearn_anomaly.py
jar="${LATENT_JAR:-latent-cli/target/latent.jar}"
py=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 /usr/bin/python3)

[ -f "$csv" ] || { echo "anomaly-vs-sklearn: no CSV $csv; pass one as the first argument" >&2; exit 2; }
[ -f "$peer" ] || { echo "anomaly-vs-sklearn: no peer script $peer" >&2; exit 2; }
[ -f "$jar" ] || { echo "anomaly-vs-sklearn: no jar $jar; build latent-cli or set LATENT_JAR" >&2; exit 2; }
/usr/bin/python3 -c 'import sklearn, pandas' 2>/dev/null \
  || { echo "anomaly-vs-sklearn: the peer needs: apt-get install -y python3-sklearn python3-pandas" >&2; exit 2; }

mkdir -p "$out/models"
split="$out/split-seed$seed"
results="$out/results.jsonl"
: > "$results"
now() { date +%s.%N; }
since() { python3 -c "import sys; print(round($(now) - $1, 2))"; }
# One JSON line into results.jsonl: fields given as key=value (numbers or JSON), plus a JSON object to merge.
record() { python3 -c '
import json, sys
row = {}
for kv in sys.argv[2:]:
    k, v = kv.split("=", 1)
    try: row[k] = json.loads(v)
    except ValueError: row[k] = v
row.update(json.loads(sys.argv[1]))
print(json.dumps(row))' "$@" | tee -a "$results"; }

"${py[@]}" bench/peer_split.py --csv "$csv" --label-column "$label" --anomaly-value "$anomaly" --seed "$seed" --out "$split" \
  > "$out/split.json"
echo "split: $(cat "$out/split.json") in $split" >&2

# The peer, on the whole file (it splits it itself, the same way).
"${py[@]}" "$peer" --csv "$csv" --label-column "$label" --anomaly-value "$anomaly" --seed "$seed" > "$out/peer.jsonl"
while read -r line; do record "$line" side=sklearn > /dev/null; done < "$out/peer.jsonl"

# latent_train NAME FLAGS...: trains into $out/models/NAME; prints its wall seconds.
latent_train() {
  local name="$1"; shift
  local t0; t0=$(now)
  java -jar "$jar" train --data "$split" --label-column "$label" --anomaly-label "$anomaly" --out "$out/models/$name" \
      --force --no-progress "$@" > "$out/models/$name.train.log" 2>&1 \
    || { echo "anomaly-vs-sklearn: latent train $name failed (exit $?); see $out/models/$name.train.log" >&2; return 3; }
  since "$t0"
}
# latent_score NAME SCORE: prints score's JSON with the wall seconds added.
latent_score() {
  local t0 json; t0=$(now)
  json=$(java -jar "$jar" score --model "$out/models/$1" --data "$split/test.csv" --out "$out/models/$1.$2.csv" \
      --score "$2" --no-charts --json 2>> "$out/models/$1.score.log") \
    || { echo "anomaly-vs-sklearn: latent score $1 --score $2 failed; see $out/models/$1.score.log" >&2; return 3; }
  python3 -c 'import json, sys; d = json.loads(sys.argv[1]); d["score_seconds"] = float(sys.argv[2]); print(json.dumps(d))' \
      "$json" "$(since "$t0")"
}

train_seconds=$(latent_train main --epochs "$epochs" "${train_args[@]}")
for score in elbo nll reconstruction; do
  record "$(latent_score main "$score")" side=latent detector="latent vae --score $score" train_seconds="$train_seconds" \
      epochs="$epochs" flags="\"${train_args[*]}\"" > /dev/null
done

python3 - "$results" "$csv" "$seed" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print(f"\n{sys.argv[2]}, split seed {sys.argv[3]} (the peer's 70/30 stratified split)\n")
print("| detector | ROC AUC | AP | seconds |")
print("|---|---|---|---|")
for r in rows:
    if r["side"] == "sklearn":
        print(f"| sklearn {r['detector']} | {r['roc_auc']:.4f} | {r['average_precision']:.4f} | {r['seconds']:.2f} |")
    else:
        total = r["train_seconds"] + r["score_seconds"]
        print(f"| {r['detector']} ({r['epochs']} epochs{(' ' + r['flags']) if r['flags'] else ''}) | {r['roc_auc']:.4f} | "
              f"{r['average_precision']:.4f} | {total:.2f} (train {r['train_seconds']:.2f}) |")
PY

[ "$study" = 1 ] || exit 0

# The study: each config x each seed, trained once and scored with each of STUDY_SCORES.
IFS=';' read -r -a config_list <<< "$configs"
for config in "${config_list[@]}"; do
  name="${config%%=*}"; read -r -a flags <<< "${config#*=}"
  for s in $seeds; do
    epoch_flags=(--epochs "$epochs"); [[ " ${flags[*]} " == *" --epochs "* ]] && epoch_flags=()
    t=$(latent_train "$name-seed$s" "${epoch_flags[@]}" "${flags[@]}" --seed "$s")
    for score in $study_scores; do
      record "$(latent_score "$name-seed$s" "$score")" side=study config="$name" flags="\"${flags[*]}\"" seed="$s" \
          score_kind="$score" train_seconds="$t" \
        | python3 -c 'import json, sys; d = json.loads(sys.stdin.read()); print(json.dumps({k: d[k] for k in
            ("config", "seed", "score_kind", "roc_auc", "average_precision", "train_seconds", "score_seconds")}))' >&2
    done
  done
done
python3 bench/anomaly_study_table.py "$results"
