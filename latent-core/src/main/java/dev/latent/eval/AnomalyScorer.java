package dev.latent.eval;

import dev.latent.InvalidInputException;
import dev.latent.model.LatentModel;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Chunks;
import dev.latent.nn.NoGrad;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.KlDivergence;
import dev.latent.objective.Likelihood;
import dev.latent.objective.Mixed;

/**
 * Scores examples with a trained autoencoder, a chunk at a time: one {@link AnomalyScore} per
 * row, and for a table ({@link Mixed} likelihood) the reconstruction nats of each column at the
 * posterior mean, from which the columns that explain a score are named.
 */
public final class AnomalyScorer {
    private final LatentModel model;
    private final Likelihood likelihood;
    private final AnomalyScore score;
    private final int importanceSamples;
    private final long seed;

    /**
     * @param importanceSamples K for {@link AnomalyScore#NLL}
     * @param seed the noise of {@link AnomalyScore#NLL}
     */
    public AnomalyScorer(LatentModel model, Likelihood likelihood, AnomalyScore score, int importanceSamples, long seed) {
        if (score == AnomalyScore.NLL && !(model instanceof VariationalAutoencoder)) {
            throw InvalidInputException.of("score", "the nll score is a VAE's importance-weighted bound; an AE has no posterior: use elbo or reconstruction");
        }
        if (importanceSamples < 1) {
            throw InvalidInputException.of("importanceSamples", "the number of importance samples must be >= 1, got " + importanceSamples);
        }
        if (model.conditionClasses() > 0) {
            throw InvalidInputException.of("score", "anomaly scores are for unconditional models: a conditional model scores p(x|y), which needs"
                    + " each row's label, and an anomaly's label is what is unknown; train the model without conditioning");
        }
        this.model = model;
        this.likelihood = likelihood;
        this.score = score;
        this.importanceSamples = importanceSamples;
        this.seed = seed;
    }

    /**
     * The scores of one chunk.
     *
     * @param scores one per row
     * @param columns per row, the reconstruction nats of each table column (rows x columns,
     *     row-major), or null for images
     * @param columnCount columns per row (0 for images)
     */
    public record Scores(double[] scores, double[] columns, int columnCount) {}

    public AnomalyScore score() {
        return score;
    }

    /** The table's column names for {@link Scores#columns}, or none for images. */
    public java.util.List<String> columns() {
        return likelihood instanceof Mixed mixed ? mixed.layout().columns() : java.util.List.of();
    }

    /** Scores of every row of {@code x} (N, C, H, W), chunk by chunk. */
    public double[] scores(Tensor x) {
        return Chunks.gatherDoubles(x, Evaluator.CHUNK, 1, chunk -> score(chunk).scores());
    }

    /** Scores the rows of {@code x} (B, C, H, W) without autograd, in its own tensor scope. */
    public Scores score(Tensor x) {
        try (NoGrad noGrad = NoGrad.open(); TensorScope scope = TensorScope.open()) {
            double[] perColumn = null;
            int columnCount = 0;
            Tensor logits = model.reconstruct(x);
            if (likelihood instanceof Mixed mixed) {
                Tensor columns = mixed.negativeLogLikelihoodPerColumn(logits, x);
                columnCount = (int) columns.size(1);
                perColumn = columns.toDoubleArray();
            }
            double[] scores = switch (score) {
                case NEGATIVE_ELBO -> negativeElbo(x, logits);
                case RECONSTRUCTION -> likelihood.mean(logits).flattenRows().sub(x.flattenRows()).square().sum(1).toDoubleArray();
                case NLL -> negate(ImportanceSampling.logLikelihoods((VariationalAutoencoder) model, likelihood, x, importanceSamples, seed));
            };
            return new Scores(scores, perColumn, columnCount);
        }
    }

    private double[] negativeElbo(Tensor x, Tensor logits) {
        Tensor reconstruction = likelihood.negativeLogLikelihood(logits, x);
        if (model instanceof VariationalAutoencoder vae) {
            return reconstruction.add(KlDivergence.toStandardNormal(vae.posterior(x))).toDoubleArray();
        }
        return reconstruction.toDoubleArray();
    }

    private static double[] negate(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = -values[i];
        }
        return out;
    }
}
