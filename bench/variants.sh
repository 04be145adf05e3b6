#!/usr/bin/env bash
# The autoencoder variants, each against the model of the same shape it is measured against
# (README "More autoencoders"): dense 784-400-20, EPOCHS epochs, batch 128, seed 1, on DATA.
# Writes model directories and one JSON file per evaluation under OUT, then the tables
# (bench/variants_table.py). Takes about 30 minutes on 2 cores.
#
#   bench/variants.sh
#   env: DATA (default ../shared/data/fashion-mnist), EPOCHS (default 10), OUT (default runs/variants),
#        ONLY (a space-separated subset of: denoise sparse iwae capacity variance early conditional)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DATA:-../shared/data/fashion-mnist}"
epochs="${EPOCHS:-10}"
out="${OUT:-runs/variants}"
only="${ONLY:-denoise sparse iwae capacity variance early conditional}"
jar="${LATENT_JAR:-latent-cli/target/latent.jar}"
[ -d "$data" ] || { echo "variants: no data directory $data; set DATA" >&2; exit 2; }
[ -f "$jar" ] || mvn -B -q -DskipTests -pl latent-cli -am install
mkdir -p "$out"
latent() { java -jar "$jar" "$@"; }
train() { local name=$1; shift; latent train --data "$data" --epochs "$epochs" --out "$out/$name" --force --no-progress "$@" > "$out/$name.train.txt"; }
json() { local file=$1; shift; latent evaluate "$@" --json > "$out/$file.json"; }
wants() { [[ " $only " == *" $1 "* ]]; }

if wants denoise; then
  train ae --model ae
  for c in gaussian:0.3 mask:0.25 salt-pepper:0.1; do
    name="ae-${c%%:*}"
    train "$name" --model ae --corrupt "$c"
    for m in ae "$name"; do json "$m.corrupt-${c%%:*}" --model "$out/$m" --corrupt "$c"; done
    json "$name.full" --model "$out/$name" --full --importance-samples 0 --samples 200
  done
  json ae.full --model "$out/ae" --full --importance-samples 0 --samples 200
fi
if wants sparse; then
  [ -d "$out/ae" ] || train ae --model ae
  json ae.plain --model "$out/ae"
  for s in l1:0.01 l1:0.1 l1:1 kl:0.05:1 kl:0.05:10; do
    name="ae-${s//:/_}"
    train "$name" --model ae --sparsity "$s"
    json "$name.plain" --model "$out/$name"
  done
fi
if wants iwae; then
  train vae
  train vae-iwae5 --objective iwae --importance-samples 5
  for m in vae vae-iwae5; do json "$m.full" --model "$out/$m" --full --importance-samples 1000 --samples 200; done
fi
if wants capacity; then
  train vae-capacity --capacity 25:4000
fi
if wants variance; then
  train vae-gauss --likelihood gaussian
  train vae-gauss-learned --likelihood gaussian --variance learned
  train vae-gauss-shared --likelihood gaussian --variance learned-shared
  for m in vae-gauss vae-gauss-learned vae-gauss-shared; do json "$m.full" --model "$out/$m" --full --importance-samples 1000 --samples 200; done
fi
if wants early; then
  # the small embedded split overfits within these epochs, which is when early stopping matters
  for kind in vae ae; do
    latent train --model "$kind" --epochs 100 --out "$out/$kind-100" --force --no-progress > "$out/$kind-100.train.txt"
    latent train --model "$kind" --epochs 100 --early-stop 5 --out "$out/$kind-early5" --force --no-progress > "$out/$kind-early5.train.txt" 2>&1
    for m in "$kind-100" "$kind-early5"; do json "$m.plain" --model "$out/$m"; done
  done
fi
if wants conditional; then
  # CVAE against the VAE of the same shape at d = 2, 8 and 20, on the embedded MNIST digits and on DATA; the asked-label
  # share is judged by latent's sample classifier (evaluate --full), trained on each data set's training split
  for d in 2 8 20; do
    for set in mnist fashion; do
      source_args=(); [ "$set" = fashion ] && source_args=(--data "$data")
      for m in vae cvae; do
        extra=(); [ "$m" = cvae ] && extra=(--conditional)
        latent train "${source_args[@]}" --latent-dim "$d" --epochs "$epochs" --out "$out/$m-$set-d$d" --force --no-progress "${extra[@]}" \
          > "$out/$m-$set-d$d.train.txt"
      done
      json "vae-$set-d$d.plain" --model "$out/vae-$set-d$d"
      json "cvae-$set-d$d.full" --model "$out/cvae-$set-d$d" --full --importance-samples 0 --samples 1000
    done
  done
  # the share grows with training: two of them again for 30 epochs
  latent train --data "$data" --conditional --latent-dim 2 --epochs 30 --out "$out/cvae-fashion-d2-e30" --force --no-progress > /dev/null
  latent train --conditional --latent-dim 20 --epochs 30 --out "$out/cvae-mnist-d20-e30" --force --no-progress > /dev/null
  for m in cvae-fashion-d2-e30 cvae-mnist-d20-e30; do json "$m.full" --model "$out/$m" --full --importance-samples 0 --samples 1000; done
fi
python3 bench/variants_table.py "$out"
