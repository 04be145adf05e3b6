#!/usr/bin/env bash
# One-class images: for each digit D, latent trains on every other digit (--anomaly-label D) and scores
# the test split, where the D images are the anomalies; PCA reconstruction error (bench/pca_one_class.py,
# sklearn PCA fitted on the same normal training images) is the classic peer. Prints ROC AUC and AP per
# digit and their mean. latent holds 10% of the training rows out for validation (its threshold), so it
# learns from about 90% of the normal images PCA is fitted on; both score the same whole test split.
# latent's numbers are recomputed from its score CSV with sklearn and must agree.
#
#   bench/one-class-images.sh
#   env: DIGITS (default "0 1 2 3 4 5 6 7 8 9"), EPOCHS (default 10), DATA (default mnist-10k, the embedded
#        digits: train = the first 9000, test = the last 1000; or an IDX directory such as
#        ../shared/data/fashion-mnist), SEED (default 1), TRAIN_ARGS (more latent train flags),
#        COMPONENTS (PCA components besides the peer's rule k = max(1, min(F-1, int(0.5 F))); default 20,
#        latent's default latent dimension; "" for the peer's rule only),
#        OUT (default a new temp directory), LATENT_JAR (default latent-cli/target/latent.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
digits="${DIGITS:-0 1 2 3 4 5 6 7 8 9}"
epochs="${EPOCHS:-10}"
data="${DATA:-mnist-10k}"
seed="${SEED:-1}"
read -r -a train_args <<< "${TRAIN_ARGS:-}"
components="${COMPONENTS-20}"
out="${OUT:-$(mktemp -d -t one-class-images.XXXXXX)}"
jar="${LATENT_JAR:-latent-cli/target/latent.jar}"
py=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 /usr/bin/python3)

[ "$data" = mnist-10k ] || [ -d "$data" ] || { echo "one-class-images: no data directory $data; set DATA" >&2; exit 2; }
[ -f "$jar" ] || { echo "one-class-images: no jar $jar; build latent-cli or set LATENT_JAR" >&2; exit 2; }
/usr/bin/python3 -c 'import sklearn, pandas' 2>/dev/null \
  || { echo "one-class-images: PCA needs: apt-get install -y python3-sklearn python3-pandas" >&2; exit 2; }

mkdir -p "$out"
results="$out/results.jsonl"
: > "$results"
data_args=(); [ "$data" = mnist-10k ] || data_args=(--data "$data")
now() { date +%s.%N; }

for d in $digits; do
  model="$out/digit-$d"
  t0=$(now)
  java -jar "$jar" train "${data_args[@]}" --anomaly-label "$d" --epochs "$epochs" --seed "$seed" --out "$model" --force --no-progress \
      "${train_args[@]}" > "$model.train.log" 2>&1 \
    || { echo "one-class-images: latent train for digit $d failed; see $model.train.log" >&2; exit 3; }
  train_s=$(python3 -c "print(round($(now) - $t0, 1))")
  for score in elbo reconstruction; do
    json=$(java -jar "$jar" score --model "$model" --out "$model.$score.csv" --score "$score" --no-charts --json 2>> "$model.score.log") \
      || { echo "one-class-images: latent score for digit $d failed; see $model.score.log" >&2; exit 3; }
    check=$("${py[@]}" bench/pca_one_class.py --data "$data" --check-latent "$model.$score.csv" --digit "$d")
    python3 -c '
import json, sys
d, c = json.loads(sys.argv[1]), json.loads(sys.argv[2])
agree = abs(d["roc_auc"] - c["roc_auc"]) < 1e-6 and abs(d["average_precision"] - c["average_precision"]) < 1e-6
print(json.dumps({"detector": "latent " + sys.argv[3], "digit": int(sys.argv[4]), "roc_auc": d["roc_auc"],
                  "average_precision": d["average_precision"], "rows": d["rows"], "anomalies": d.get("anomalies"),
                  "sklearn_agrees": agree, "train_seconds": float(sys.argv[5])}))' "$json" "$check" "$score" "$d" "$train_s" \
      | tee -a "$results"
  done
done
for rule in peer $components; do
  "${py[@]}" bench/pca_one_class.py --data "$data" --digits "$digits" --components "$rule" --seed "$seed" \
    | python3 -c 'import json, sys
for l in sys.stdin:
    r = json.loads(l); rule = r["rule"]
    r["detector"] = "pca peer rule" if rule == "peer" else ("pca %s of variance" % rule if "." in rule else "pca k=" + rule); print(json.dumps(r))' \
    | tee -a "$results"
done

python3 bench/one_class_table.py "$results" "$data" "$epochs"
