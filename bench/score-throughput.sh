#!/usr/bin/env bash
# Streaming score speed and memory: a seeded ROWS-row, 10-column table (bench/make_rows.py: 3 categorical,
# 7 numeric, ~2% missing in three columns), a small model trained on its first 20,000 rows (a file of
# their own), then `latent score --data big.csv` under /usr/bin/time -v at ROWS and at ROWS/10 rows.
# Reports rows/s from the score command's wall time, rows/s after subtracting the wall time of the same
# command on a 100-row file (JVM, libtorch and model start), and peak RSS ("Maximum resident set size").
# Peak RSS should not grow with ROWS. Also the training rows/s on machines.csv (steady state: epochs
# after the first, total rows over total seconds, from metrics.jsonl) and the wall time of that run.
#
#   bench/score-throughput.sh
#   env: ROWS (default 1000000), SEED (default 1), LABELLED (default 0; 1 adds an is_fault column, so score
#        also computes ROC AUC / AP over all rows), EPOCHS (of the small model, default 10), SCORE (default elbo),
#        TABLE (default ../shared/data/tabular/machines.csv), OUT (default a new temp directory),
#        LATENT_JAR (default latent-cli/target/latent.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${ROWS:-1000000}"
seed="${SEED:-1}"
labelled="${LABELLED:-0}"
epochs="${EPOCHS:-10}"
score="${SCORE:-elbo}"
table="${TABLE:-../shared/data/tabular/machines.csv}"
out="${OUT:-$(mktemp -d -t score-throughput.XXXXXX)}"
jar="${LATENT_JAR:-latent-cli/target/latent.jar}"
[ -f "$jar" ] || { echo "score-throughput: no jar $jar; build latent-cli or set LATENT_JAR" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "score-throughput: needs GNU time for peak RSS: apt-get install -y time" >&2; exit 2; }
[ -f "$table" ] || { echo "score-throughput: no table $table; set TABLE" >&2; exit 2; }
/usr/bin/python3 -c 'import numpy' 2>/dev/null || { echo "score-throughput: make_rows.py needs: apt-get install -y python3-numpy" >&2; exit 2; }
[ "$rows" -ge 20000 ] || { echo "score-throughput: ROWS must be at least 20000 (the training rows), not $rows" >&2; exit 2; }
mkdir -p "$out"

label_flags=(); train_label=(); [ "$labelled" = 1 ] && label_flags=(--label) && train_label=(--label-column is_fault --anomaly-label 1)
big="$out/big-$rows.csv"
/usr/bin/python3 bench/make_rows.py --rows "$rows" --seed "$seed" "${label_flags[@]}" --out "$big"
tenth=$((rows / 10))
head -n $((tenth + 1)) "$big" > "$out/big-$tenth.csv"
head -n 20001 "$big" > "$out/train-20000.csv"
head -n 101 "$big" > "$out/tiny-100.csv"
echo "data: $(du -h "$big" | cut -f1) $big; $(du -h "$out/big-$tenth.csv" | cut -f1) for $tenth rows" >&2

# timed LOG CMD...: runs CMD under GNU time; prints "wall_seconds peak_rss_kb".
timed() {
  local log="$1"; shift
  /usr/bin/time -v "$@" > "$log.out" 2> "$log" || { echo "score-throughput: failed: $*; see $log" >&2; exit 3; }
  python3 -c '
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1).split(":")
seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
print(seconds, rss)' "$log"
}

model="$out/model"
r=$(timed "$out/train-small.time" java -jar "$jar" train --data "$out/train-20000.csv" "${train_label[@]}" \
    --epochs "$epochs" --out "$model" --force --no-progress); read -r train_wall train_rss <<< "$r"
echo "small model: $epochs epochs on 20,000 rows in ${train_wall} s, peak RSS $((train_rss / 1024)) MB" >&2

score_run() {  # score_run NAME FILE -> "wall rss"
  timed "$out/score-$1.time" java -jar "$jar" score --model "$model" --data "$2" --out "$out/scores-$1.csv" --score "$score" --no-charts --json
}
r=$(score_run tiny "$out/tiny-100.csv"); read -r tiny_wall tiny_rss <<< "$r"
r=$(score_run "$tenth" "$out/big-$tenth.csv"); read -r tenth_wall tenth_rss <<< "$r"
r=$(score_run "$rows" "$big"); read -r full_wall full_rss <<< "$r"
scored=$(($(wc -l < "$out/scores-$rows.csv") - 1))
[ "$scored" = "$rows" ] || { echo "score-throughput: scores-$rows.csv has $scored rows, not $rows" >&2; exit 3; }

# Training speed on the real table (default settings, 30 epochs as in the anomaly benchmark).
r=$(timed "$out/train-table.time" java -jar "$jar" train --data "$table" --label-column is_fault \
    --anomaly-label 1 --epochs 30 --out "$out/table-model" --force --no-progress); read -r table_wall table_rss <<< "$r"

python3 - "$rows" "$tenth" "$tiny_wall" "$tiny_rss" "$tenth_wall" "$tenth_rss" "$full_wall" "$full_rss" \
    "$out/table-model/metrics.jsonl" "$table_wall" "$table_rss" "$score" <<'PY'
import json, sys
rows, tenth = int(sys.argv[1]), int(sys.argv[2])
tiny_wall, tiny_rss, tenth_wall, tenth_rss, full_wall, full_rss = (float(x) for x in sys.argv[3:9])
print(f"\nlatent score --score {sys.argv[12]}, streamed (wall times; JVM start measured as a 100-row run: {tiny_wall:.2f} s)\n")
print("| rows | wall s | rows/s (wall) | rows/s (wall - 100-row run) | peak RSS MB |")
print("|---|---|---|---|---|")
print(f"| 100 | {tiny_wall:.2f} | - | - | {tiny_rss / 1024:.0f} |")
for n, wall, rss in ((tenth, tenth_wall, tenth_rss), (rows, full_wall, full_rss)):
    print(f"| {n:,} | {wall:.2f} | {n / wall:,.0f} | {n / (wall - tiny_wall):,.0f} | {rss / 1024:.0f} |")
epochs = [json.loads(l) for l in open(sys.argv[9]) if l.strip()]
steady = epochs[1:]
n = sum(e["samples_per_second"] * e["seconds"] for e in steady); s = sum(e["seconds"] for e in steady)
print(f"\ntraining on machines.csv (default settings, 30 epochs): steady {n / s:,.0f} rows/s over epochs 2-{len(epochs)} "
      f"(epoch 1: {epochs[0]['samples_per_second']:,.0f}); wall {float(sys.argv[10]):.2f} s, peak RSS {float(sys.argv[11]) / 1024:.0f} MB")
PY
