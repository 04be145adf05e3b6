package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.objective.Bernoulli;
import dev.latent.objective.Capacity;
import dev.latent.objective.Corruption;
import dev.latent.objective.Gaussian;
import dev.latent.objective.Likelihood;
import dev.latent.objective.Sparsity;
import dev.latent.model.ModelKind;
import dev.latent.store.AdversarialConfig;
import dev.latent.store.ElboConfig;
import dev.latent.store.ObjectiveConfig;
import picocli.CommandLine.Option;

/** The options that say which objective to train on (beta apart: sweep takes a list of them). */
final class ObjectiveOptions {
    enum LikelihoodOption { bernoulli, gaussian }

    enum VarianceOption {
        fixed(Gaussian.Variance.FIXED), learned(Gaussian.Variance.LEARNED), learned_shared(Gaussian.Variance.LEARNED_SHARED);

        final Gaussian.Variance variance;

        VarianceOption(Gaussian.Variance variance) {
            this.variance = variance;
        }

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    @Option(names = "--likelihood", defaultValue = "bernoulli",
            description = "Decoder likelihood: bernoulli (cross-entropy from logits) or gaussian. Default: ${DEFAULT-VALUE}.")
    LikelihoodOption likelihood;

    @Option(names = "--gaussian-variance", defaultValue = "" + Gaussian.DEFAULT_VARIANCE,
            description = "The fixed variance sigma^2 of the gaussian likelihood. Default: ${DEFAULT-VALUE}.")
    double gaussianVariance;

    @Option(names = "--variance", defaultValue = "fixed", converter = VarianceConverter.class, paramLabel = "fixed|learned|learned-shared",
            description = "Gaussian: a fixed variance (--gaussian-variance), or one learned per pixel (learned) or per image (learned-shared). "
                    + "Default: ${DEFAULT-VALUE}.")
    VarianceOption variance;

    @Option(names = "--beta-warmup", defaultValue = "0", paramLabel = "STEPS",
            description = "Raise beta linearly from 0 over this many steps. Default: ${DEFAULT-VALUE}.")
    long betaWarmup;

    @Option(names = "--objective", defaultValue = "elbo", paramLabel = "elbo|iwae[:K]",
            description = "elbo, or iwae (VAE: the importance-weighted bound of Burda et al. 2015 with K samples per image; K defaults to 5, "
                    + "or give iwae:K). Default: ${DEFAULT-VALUE}.")
    String objective;

    /** K of the IWAE objective, as train's --importance-samples gives it (bench and sweep use that name for the evaluation's K). */
    Integer importanceSamples;

    @Option(names = "--corrupt", paramLabel = "KIND:LEVEL",
            description = "Denoising: corrupt the input, score the clean image: gaussian:SD, mask:SHARE or salt-pepper:SHARE (e.g. gaussian:0.3).")
    String corrupt;

    @Option(names = "--sparsity", paramLabel = "l1:W|kl:RHO:W",
            description = "A sparsity penalty on the code: l1:WEIGHT (e.g. l1:1e-3) or kl:RHO:WEIGHT on mean sigmoid activations (e.g. kl:0.05:1.0).")
    String sparsity;

    @Option(names = "--capacity", paramLabel = "C_MAX:STEPS[:GAMMA]",
            description = "VAE: controlled capacity (Burgess et al. 2018), gamma |KL - C| with C raised from 0 to C_MAX nats over STEPS steps "
                    + "(gamma default " + Capacity.DEFAULT_GAMMA + "); replaces beta.")
    String capacity;

    @Option(names = "--d-steps", defaultValue = "1", paramLabel = "N",
            description = "GAN: discriminator updates per generator update. Default: ${DEFAULT-VALUE}.")
    int discriminatorSteps;

    @Option(names = "--stop-on-collapse", description = "GAN: stop (exit 5) when mode collapse or a winning discriminator is detected, "
            + "after that epoch's checkpoint; without it a warning line names the failure and training goes on.")
    boolean stopOnCollapse;

    Likelihood likelihood() {
        if (likelihood != LikelihoodOption.gaussian && variance != VarianceOption.fixed) {
            throw new InvalidInputException("--variance " + variance + " applies to --likelihood gaussian only");
        }
        return likelihood == LikelihoodOption.gaussian ? new Gaussian(gaussianVariance, variance.variance) : new Bernoulli();
    }

    /** The ELBO for an AE or VAE; for a GAN the adversarial objective with DCGAN's Adam betas (0.5, 0.999). */
    ObjectiveConfig objectiveConfig(double beta, ModelKind kind) {
        if (kind == ModelKind.GAN) {
            if (corrupt != null || sparsity != null || capacity != null || !objective.equals("elbo")) {
                throw new InvalidInputException("--corrupt, --sparsity, --capacity and --objective iwae shape an autoencoder's objective; "
                        + "a GAN has none");
            }
            AdversarialConfig dcgan = AdversarialConfig.dcgan();
            return new AdversarialConfig(discriminatorSteps, dcgan.adamBeta1(), dcgan.adamBeta2(), stopOnCollapse);
        }
        return elbo(likelihood(), beta, corrupt == null ? null : Corruption.parse(corrupt));
    }

    /** A table's ELBO: its mixed likelihood, no corruption (its features are standardised, not pixels in [0, 1]). */
    ElboConfig tableObjective(Likelihood mixed, double beta) {
        if (corrupt != null) {
            throw new InvalidInputException("--corrupt keeps pixels in [0, 1]; a table's features are standardised, so it applies to images only");
        }
        return elbo(mixed, beta, null);
    }

    private ElboConfig elbo(Likelihood chosen, double beta, Corruption corruption) {
        return new ElboConfig(chosen, beta, betaWarmup, capacity == null ? null : Capacity.parse(capacity), corruption,
                sparsity == null ? null : Sparsity.parse(sparsity), samples());
    }

    /** K: 1 for the elbo; for iwae, iwae:K, else --importance-samples, else 5. */
    private int samples() {
        String name = objective.trim();
        if (name.equals("elbo")) {
            if (importanceSamples != null) {
                throw new InvalidInputException("--importance-samples goes with --objective iwae (K = 1 is the elbo)");
            }
            return 1;
        }
        int k = importanceSamples == null ? 5 : importanceSamples;
        if (name.startsWith("iwae:")) {
            try {
                k = Integer.parseInt(name.substring("iwae:".length()).trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("--objective '" + objective + "': K in iwae:K must be a whole number, e.g. iwae:5");
            }
        } else if (!name.equals("iwae")) {
            throw new InvalidInputException("--objective '" + objective + "' is neither elbo nor iwae (or iwae:K)");
        }
        if (k < 2) {
            throw new InvalidInputException("--objective iwae needs at least 2 importance samples (K = 1 is the elbo), got " + k);
        }
        return k;
    }

    /** Accepts learned-shared (and learned_shared). */
    static final class VarianceConverter implements picocli.CommandLine.ITypeConverter<VarianceOption> {
        @Override
        public VarianceOption convert(String value) {
            for (VarianceOption option : VarianceOption.values()) {
                if (option.toString().equals(value) || option.name().equals(value)) {
                    return option;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not fixed, learned or learned-shared");
        }
    }
}
