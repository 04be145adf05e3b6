#!/usr/bin/env bash
# Training throughput of latent against the classic PyTorch recipe, on the same data in the same
# run: A B A B ..., PAIRS pairs, each side at its fastest setting measured here; prints the ratio
# latent/PyTorch per pair and the median. Absolute times drift on shared machines; ratios of
# neighbouring runs do not.
#
#   bench/compare-pytorch.sh [mlp|conv|gan]
#   mlp and conv: the VAE recipe of ../shared/peers/pytorch_vae.py; gan: the DCGAN-style GAN of
#   ../shared/peers/pytorch_gan.py (generator = the conv VAE's decoder, discriminator = its encoder trunk, z of 64)
#   env: DATA (default ../shared/data/fashion-mnist), PEER (default by architecture),
#        PAIRS (default 3), EPOCHS (default 3; the first epoch of each run is warm-up and excluded),
#        LATENT_EXTRA and PEER_EXTRA: more arguments for each side, for the variants (mlp only), e.g.
#          IWAE, K = 5:        PEER=bench/pytorch_vae_variants.py PEER_EXTRA="--objective iwae --k 5" LATENT_EXTRA="--objective iwae:5"
#          conditional VAE:    PEER=bench/pytorch_vae_variants.py PEER_EXTRA=--conditional LATENT_EXTRA=--conditional
#
# The peer needs Debian's PyTorch and a fast BLAS (the default reference BLAS is ~15x slower):
#   apt-get install python3-torch libopenblas0-pthread
set -euo pipefail
cd "$(dirname "$0")/.."
arch="${1:-mlp}"
data="${DATA:-../shared/data/fashion-mnist}"
peer_default=../shared/peers/pytorch_vae.py
[ "$arch" = gan ] && peer_default=../shared/peers/pytorch_gan.py
peer="${PEER:-$peer_default}"
pairs="${PAIRS:-3}"
epochs="${EPOCHS:-3}"
. bench/peer-models.sh
peer_model_args "$arch" || { echo "compare-pytorch: the architecture is mlp, conv or gan, not '$arch'" >&2; exit 2; }
[ -d "$data" ] || { echo "compare-pytorch: no data directory $data; set DATA" >&2; exit 2; }
[ -f "$peer" ] || { echo "compare-pytorch: no peer script $peer; set PEER" >&2; exit 2; }
/usr/bin/python3 -c 'import torch' 2>/dev/null || { echo "compare-pytorch: the peer needs: apt-get install python3-torch libopenblas0-pthread" >&2; exit 2; }
jar="${LATENT_JAR:-latent-cli/target/latent.jar}"
[ -f "$jar" ] || mvn -B -q -DskipTests -pl latent-cli -am install

# latent picks its measured best thread split itself (dense: 1 libtorch + 2 OpenBLAS threads; conv: the reverse).
# Steady-state images/s: total images over total time of the epochs after the first.
steady() { python3 -c '
import sys, json
rates = [float(x) for x in sys.argv[1:]][1:]
print(len(rates) / sum(1.0 / r for r in rates))' "$@"; }

latent_run() {
  # shellcheck disable=SC2086 # the extra arguments are words
  java -jar "$jar" bench --data "$data" "${latent_args[@]}" ${LATENT_EXTRA:-} --epochs "$epochs" --batch-size 128 --json \
    | python3 -c 'import sys, json; d = json.loads(sys.stdin.read()); print(" ".join(str(x) for x in d["epoch_samples_per_second"]))'
}
peer_run() {
  local model_args=(--model "$arch")
  [ "$arch" = gan ] && model_args=(--z 64)
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$peer" --data "$data" "${model_args[@]}" ${PEER_EXTRA:-} \
      --epochs "$epochs" --threads 1 \
    | python3 -c 'import sys, json; print(" ".join(str(json.loads(l)["samples_per_s"]) for l in sys.stdin if l.strip()))'
}

ratios=()
for pair in $(seq 1 "$pairs"); do
  a=$(steady $(latent_run))
  b=$(steady $(peer_run))
  r=$(python3 -c "print(round($a / $b, 3))")
  ratios+=("$r")
  printf 'pair %d: latent %.0f images/s, pytorch %.0f images/s, ratio %s\n' "$pair" "$a" "$b" "$r"
done
median=$(python3 -c 'import sys, statistics; print(statistics.median(float(x) for x in sys.argv[1:]))' "${ratios[@]}")
printf '%s: median ratio latent/pytorch over %d pairs = %s (training images/s, batch 128, %s)\n' "$arch" "$pairs" "$median" "$data"
