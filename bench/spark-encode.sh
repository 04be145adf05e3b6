#!/usr/bin/env bash
# latent on Spark against `latent encode` in one process: codes/s for Fashion-MNIST's 70,000 images.
# A dense VAE (defaults, 1 epoch: throughput does not depend on quality) is trained once; the images are
# written once as a Parquet of pixel arrays (8 files; LatentJob pixels). Then, ROUNDS times, alternating:
#   A  `latent encode` on the train split (60,000) and on the test split (10,000): wall time of both commands
#   B1 LatentJob encode --master local[1] on the Parquet, output noop (the transform's own time, printed by the job)
#   B2 the same with local[2]
#   V1, V2 the same on a Parquet of ML Vectors (LatentJob pixels --as vector): no boxed floats per pixel
#   C1 LatentJob passthrough local[1]: read the Parquet and re-create every row, no model (Spark's own cost)
#   C2 the same with local[2]
# The wall time of each process is printed too (JVM, Spark and libtorch start included).
#
#   bench/spark-encode.sh
#   env: DATA (default ../shared/data/fashion-mnist), ROUNDS (default 3), BATCH (default 256), OUT (default a new
#        temp directory), LATENT_JAR (default latent-cli/target/latent.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DATA:-../shared/data/fashion-mnist}"
rounds="${ROUNDS:-3}"
batch="${BATCH:-256}"
out="${OUT:-$(mktemp -d -t spark-encode.XXXXXX)}"
jar="${LATENT_JAR:-latent-cli/target/latent.jar}"
[ -f "$jar" ] || { echo "spark-encode: no jar $jar; run mvn -B -DskipTests install first, or set LATENT_JAR" >&2; exit 2; }
[ -d "$data" ] || { echo "spark-encode: no data directory $data; set DATA" >&2; exit 2; }
spark_jar=$(ls latent-spark/target/latent-spark-*.jar 2>/dev/null | grep -v tests | head -1)
[ -n "$spark_jar" ] || { echo "spark-encode: no latent-spark jar; run mvn -B -DskipTests install first" >&2; exit 2; }
mkdir -p "$out"
mvn -B -q -pl latent-spark dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$out/classpath.txt" >&2
cp="$spark_jar:$(cat "$out/classpath.txt")"
# spark-submit's JVM options on Java 17, as the module's pom lists them for its tests
jvm=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' latent-spark/pom.xml)
job() { # master, then the job's arguments
  local master="$1"; shift
  java -Xmx4g $jvm -Dspark.master="$master" -Dspark.ui.enabled=false -cp "$cp" dev.latent.spark.LatentJob "$@" 2>"$out/job.err" \
    | grep -E '^(encode|score|pixels|passthrough):'
}
wall() { local t0; t0=$(date +%s.%N); "$@"; echo "wall $(echo "$(date +%s.%N) - $t0" | bc) s" ; }

model="$out/model"
[ -f "$model/model.safetensors" ] || java -jar "$jar" train --data "$data" --epochs 1 --out "$model" --no-progress >&2
parquet="$out/fashion.parquet"
[ -d "$parquet" ] || job "local[2]" pixels --data "$data" --output "$parquet" >&2
vectors="$out/fashion-vector.parquet"
[ -d "$vectors" ] || job "local[2]" pixels --data "$data" --as vector --output "$vectors" >&2

for round in $(seq 1 "$rounds"); do
  echo "== round $round"
  t0=$(date +%s.%N)
  java -jar "$jar" encode --model "$model" --data "$data" --split train --out "$out/train.csv" > /dev/null
  java -jar "$jar" encode --model "$model" --data "$data" --split test --out "$out/test.csv" > /dev/null
  t=$(echo "$(date +%s.%N) - $t0" | bc)
  echo "A  latent encode: 70000 codes in $t s wall (2 processes), $(echo "70000 / $t" | bc) codes/s"
  for master in "local[1]" "local[2]"; do
    echo "B  $(wall job "$master" encode --model "$model" --input "$parquet" --output noop --batch-size "$batch" | tr '\n' ' ')"
  done
  for master in "local[1]" "local[2]"; do
    echo "V  $(wall job "$master" encode --model "$model" --input "$vectors" --output noop --batch-size "$batch" | tr '\n' ' ')"
  done
  for master in "local[1]" "local[2]"; do
    echo "C  $(wall job "$master" passthrough --input "$parquet" --output noop | tr '\n' ' ')"
  done
done
echo "outputs in $out" >&2
