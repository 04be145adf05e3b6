package dev.latent.objective;

import dev.latent.nn.CrossEntropy;

import dev.latent.nn.Tensor;

/**
 * The non-saturating GAN losses (Goodfellow et al. 2014, section 3), on the discriminator's
 * logits l, in nats per example (means over the batch, as the DCGAN recipe trains them):
 * <ul>
 *   <li>discriminator: {@code -log D(x) - log(1 - D(G(z)))} = {@code softplus(-l_real) + softplus(l_fake)};</li>
 *   <li>generator: {@code -log D(G(z))} = {@code softplus(-l_fake)} (not the saturating
 *       {@code log(1 - D(G(z)))}, whose gradient vanishes when D wins early).</li>
 * </ul>
 * Both are binary cross-entropies from logits (stable for any logit).
 */
public final class AdversarialLoss {
    /** The discriminator's loss, nats per example. */
    public static final String DISCRIMINATOR = "d_loss_nats";
    /** The generator's loss, nats per example. */
    public static final String GENERATOR = "g_loss_nats";
    /** Mean D(x) over real images: the probability D gives "real" to real images. */
    public static final String D_REAL = "d_real_probability";
    /** Mean D(G(z)) over generated images. */
    public static final String D_FAKE = "d_fake_probability";

    private AdversarialLoss() {}

    /** {@code mean softplus(-l_real) + mean softplus(l_fake)}: logits (B) of real and of generated images. */
    public static Tensor discriminator(Tensor realLogits, Tensor fakeLogits) {
        return crossEntropyMean(realLogits, 1.0).add(crossEntropyMean(fakeLogits, 0.0));
    }

    /** {@code mean softplus(-l_fake)}: the generator wants D to call its images real. */
    public static Tensor generator(Tensor fakeLogits) {
        return crossEntropyMean(fakeLogits, 1.0);
    }

    /** Mean binary cross-entropy of every logit against one label (1 real, 0 generated). */
    private static Tensor crossEntropyMean(Tensor logits, double label) {
        Tensor target = logits.zerosLike().add(label);
        return CrossEntropy.binaryWithLogitsSum(logits, target).mul(1.0 / logits.numel());
    }
}
