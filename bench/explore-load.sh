#!/usr/bin/env bash
# latent explore under load: start-up time for Fashion-MNIST's 10,000 test images, then one client
# and 20 clients dragging (LoadGenerator: one decode in flight each, <= 60 points/s), the server's
# resident memory every 5 s. Trains a dense AE and VAE first unless MODELS=ae_dir,vae_dir is given.
# To see the page meanwhile: SECONDS_LOAD=120 bench/explore-load.sh, then open http://127.0.0.1:7871/.
# Usage: bench/explore-load.sh [FASHION_DIR]   (env: SECONDS_LOAD=30 CLIENTS=20 EPOCHS=10 PORT=7871)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data/fashion-mnist}
JAR=latent-cli/target/latent.jar
OUT=${OUT:-target/explore-load}
SECONDS_LOAD=${SECONDS_LOAD:-30}
CLIENTS=${CLIENTS:-20}
EPOCHS=${EPOCHS:-10}
PORT=${PORT:-7871}
[ -f "$JAR" ] || mvn -B -q package -DskipTests
mkdir -p "$OUT"
if [ -z "${MODELS:-}" ]; then
  for kind in ae vae; do
    [ -f "$OUT/$kind/model.safetensors" ] || java -jar "$JAR" train --model "$kind" --data "$DATA" --epochs "$EPOCHS" --seed 1 \
      --out "$OUT/$kind" --no-progress | tail -1
  done
  MODELS="$OUT/ae,$OUT/vae"
fi
java -jar "$JAR" explore --models "$MODELS" --data "$DATA" --port "$PORT" > "$OUT/server.log" 2>&1 &
SERVER=$!
# a background job ignores SIGINT (no job control in a script), so the script stops the server with SIGTERM, which it also handles
trap 'kill -TERM $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q "latent explore: http" "$OUT/server.log" && break; sleep 0.1; done
grep "loaded" "$OUT/server.log"
URL=http://127.0.0.1:$PORT/
# the latent-space numbers are computed in the background after start-up; measure after them
for _ in $(seq 1 600); do
  a=$(curl -s "${URL}api/models/0/numbers"); b=$(curl -s "${URL}api/models/1/numbers")
  [[ $a == *'"ready":true'* && $b == *'"ready":true'* ]] && break
  sleep 0.5
done
echo "numbers ready; AE: $(curl -s "${URL}api/models/0/numbers")"
echo "              VAE: $(curl -s "${URL}api/models/1/numbers")"
echo "one client, 10 s:"
java -cp "$JAR" dev.latent.explore.LoadGenerator "$URL" 1 10 "$SERVER"
echo "$CLIENTS clients, $SECONDS_LOAD s:"
java -cp "$JAR" dev.latent.explore.LoadGenerator "$URL" "$CLIENTS" "$SECONDS_LOAD" "$SERVER"
kill -TERM $SERVER; wait $SERVER || true
trap - EXIT
tail -1 "$OUT/server.log"
