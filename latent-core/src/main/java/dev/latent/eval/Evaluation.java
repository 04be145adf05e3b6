package dev.latent.eval;

import dev.latent.objective.Terms;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test-set numbers, averaged per image, in nats.
 *
 * @param reconstructionNats E_q[-log p(x|z)] (one sample of z per image; the AE's code itself)
 * @param klNats KL(q(z|x) || N(0, I)); 0 for an autoencoder
 * @param negativeElboNats reconstruction + KL with beta = 1, whatever beta training used (an
 *     upper bound on -log p(x) for a VAE)
 * @param images how many images were evaluated
 */
public record Evaluation(double reconstructionNats, double klNats, double negativeElboNats, long images) {
    /** The three numbers as named terms: {@link Terms#RECONSTRUCTION}, {@link Terms#KL}, {@link Terms#NEGATIVE_ELBO}. */
    public Terms terms() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(Terms.RECONSTRUCTION, reconstructionNats);
        values.put(Terms.KL, klNats);
        values.put(Terms.NEGATIVE_ELBO, negativeElboNats);
        return new Terms(values);
    }
}
