package dev.latent.eval;

import dev.latent.data.Examples;
import dev.latent.data.Split;
import dev.latent.model.LatentModel;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Likelihood;

/**
 * The numbers of {@code evaluate --full} that speak to a picture of the latent space, computed the
 * same way wherever they are shown (the report, the explorer).
 *
 * @param activeUnits dimensions with Var_x(E_q[z_d]) > 0.01 over the test codes
 * @param priorCoverage share of prior samples within the typical code-to-code distance of a training code (0.5 is ideal)
 * @param interpolationSmoothness mean squared change per pixel between consecutive frames of 100 straight paths between test codes
 */
public record LatentSpaceNumbers(int activeUnits, double priorCoverage, double interpolationSmoothness) {
    /** Encodes both splits and draws {@code samples} prior samples from {@code seed}, as {@link LatentReport#of} does. */
    public static LatentSpaceNumbers of(LatentModel model, Likelihood likelihood, Split data, int samples, long seed) {
        try (TensorScope scope = TensorScope.open(); NoGrad noGrad = NoGrad.open()) {
            Tensor priorCodes = Priors.of(model, data.train()).sample(samples, RandomSource.seeded(seed));
            Tensor train = Examples.images(data.train());
            Tensor testCodes = Inference.encodeMeans(model, Examples.images(data.test()), Conditioning.labels(model, data.test()));
            Tensor trainCodes = Inference.encodeMeans(model, train, Conditioning.labels(model, data.train()));
            return of(model, likelihood, data, train, trainCodes, testCodes, priorCodes, seed);
        }
    }

    /**
     * From codes already at hand: a VAE's coverage is measured against samples of q(z|x) per
     * training image (its aggregate posterior, which should cover the prior; posterior means alone
     * sit at 0 in unused dimensions, where prior samples never do), an AE's against its codes.
     */
    static LatentSpaceNumbers of(LatentModel model, Likelihood likelihood, Split data, Tensor train, Tensor trainCodes, Tensor testCodes,
            Tensor priorCodes, long seed) {
        int d = model.config().latentDim();
        int n = data.test().size();
        double[] testCodeValues = testCodes.toDoubleArray();
        int activeUnits = LatentMetrics.activeUnits(testCodeValues, n, d);
        Tensor coverageCodes = model instanceof VariationalAutoencoder vae
                ? Inference.sampleCodes(vae, train, Conditioning.labels(model, data.train()), seed) : trainCodes;
        double coverage = LatentMetrics.priorCoverage(priorCodes, coverageCodes);
        int[] testLabels = Conditioning.classes(model) > 0 ? data.test().labels() : null;
        double smoothness = LatentMetrics.interpolationSmoothness(model, likelihood, testCodeValues, testLabels, n, d, 100, 10, seed);
        return new LatentSpaceNumbers(activeUnits, coverage, smoothness);
    }
}
