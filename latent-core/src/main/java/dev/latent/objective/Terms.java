package dev.latent.objective;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named numbers of an objective, per example, in the unit their name ends with: {@code
 * reconstruction_nats}, {@code kl_nats}, {@code loss_nats} for an ELBO; a GAN's or an IWAE's
 * objective names its own. The names are the keys of {@code metrics.jsonl} after a prefix
 * ({@code train_}, {@code test_}), so the file, the progress bar and the Java API speak of the
 * same things.
 *
 * @param values by name, in the objective's order (unmodifiable)
 */
public record Terms(Map<String, Double> values) {
    /** -log p(x|z), nats per example. */
    public static final String RECONSTRUCTION = "reconstruction_nats";
    /** KL(q(z|x) || p(z)), nats per example (0 for an autoencoder). */
    public static final String KL = "kl_nats";
    /** What training minimises (reconstruction + beta_t KL for the ELBO), nats per example. */
    public static final String LOSS = "loss_nats";
    /** Reconstruction + KL at beta = 1, nats per example: an upper bound on -log p(x) for a VAE. */
    public static final String NEGATIVE_ELBO = "negative_elbo_nats";

    /** The capacity C_t the KL is held to under controlled capacity, nats per example. */
    public static final String CAPACITY = "capacity_nats";
    /** The sparsity penalty on the code, in the loss's nats per example. */
    public static final String SPARSITY = "sparsity_nats";

    /** -log (1/K) sum_k w_k, the IWAE objective's bound, nats per example. */
    public static final String NEGATIVE_IWAE_BOUND = "negative_iwae_bound_nats";

    public Terms {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value named {@code name}; an unknown name is a programming error. */
    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no term " + name + " among " + values.keySet());
        }
        return value;
    }

    /** The first non-finite term's name, or null when every term is finite. */
    public String firstNonFinite() {
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            if (!Double.isFinite(entry.getValue())) {
                return entry.getKey();
            }
        }
        return null;
    }
}
