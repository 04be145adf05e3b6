package dev.latent.eval;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.latent.InvalidInputException;
import java.util.Arrays;

/** How badly a model explains an example: a higher score is more anomalous, in the unit its name ends with. */
public enum AnomalyScore {
    /**
     * {@code -log p(x|z=mu) + KL(q(z|x) || N(0, I))}, nats: the negative ELBO with its
     * reconstruction term taken at the posterior mean instead of a random z, so a row scores the same
     * wherever it sits in a file (for an AE: its reconstruction term alone).
     */
    NEGATIVE_ELBO("elbo", "negative_elbo_nats"),
    /** The importance-weighted bound on -log p(x) with K samples (a VAE only), nats; seeded per chunk. */
    NLL("nll", "nll_nats"),
    /** {@code ||x - E[x|z=mu]||^2} over the encoded features: the squared reconstruction distance of PyOD and alibi-detect. */
    RECONSTRUCTION("reconstruction", "squared_error");

    private final String id;
    private final String column;

    AnomalyScore(String id, String column) {
        this.id = id;
        this.column = column;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The score's column name in scores.csv, with its unit. */
    public String column() {
        return column;
    }

    public static AnomalyScore parse(String text) {
        for (AnomalyScore score : values()) {
            if (score.id.equals(text)) {
                return score;
            }
        }
        throw InvalidInputException.of("score", "unknown score '" + text + "'; use one of " + Arrays.stream(values()).map(AnomalyScore::id).toList());
    }
}
