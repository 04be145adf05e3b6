package dev.latent.objective;

import dev.latent.nn.Tensor;

/**
 * The terms of the objective for one batch, each summed over the batch (nats): the loss that is
 * differentiated, and its parts for logs.
 *
 * @param reconstruction sum of -log p(x|z)
 * @param kl sum of KL(q(z|x) || p(z)); zero tensor for an autoencoder
 * @param loss reconstruction + beta * kl (what training minimises)
 * @param batchSize number of images the sums run over
 * @param beta the KL weight used
 */
public record LossTerms(Tensor reconstruction, Tensor kl, Tensor loss, long batchSize, double beta) {
    /** The values per image, in nats, read out of the tensors. */
    public Nats perImage() {
        double reconstructionNats = reconstruction.item() / batchSize;
        double klNats = kl.item() / batchSize;
        return new Nats(reconstructionNats, klNats, loss.item() / batchSize);
    }

    /**
     * Per-image values of the objective's terms, in nats.
     *
     * @param reconstructionNats -log p(x|z) per image
     * @param klNats KL(q||p) per image
     * @param lossNats the optimised loss per image (reconstruction + beta * KL)
     */
    public record Nats(double reconstructionNats, double klNats, double lossNats) {}
}
