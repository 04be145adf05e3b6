# The latent arguments of the models that match the PyTorch peers' (../shared/peers), by name; sourced
# by the bench scripts so that every comparison and scaling run trains the same networks.
#   peer_model_args mlp|conv|gan   sets the array latent_args; returns 1 for another name
peer_model_args() {
  case "$1" in
    mlp) latent_args=(--arch mlp --hidden 400 --latent-dim 20) ;;
    conv) latent_args=(--arch conv --channels 32,64 --hidden 256 --latent-dim 16 --upsample transposed) ;;
    gan) latent_args=(--model gan --arch conv --channels 32,64 --hidden 256 --latent-dim 64 --upsample transposed) ;;
    *) return 1 ;;
  esac
}
