package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.model.Architecture;
import dev.latent.model.ImageShape;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.objective.Bernoulli;
import dev.latent.objective.Gaussian;
import dev.latent.objective.Likelihood;
import dev.latent.train.ObjectiveConfig;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that say which model and objective to build. */
final class ModelOptions {
    enum KindOption { ae, vae }

    enum ArchOption { mlp }

    enum LikelihoodOption { bernoulli, gaussian }

    @Option(names = "--model", defaultValue = "vae", description = "ae (deterministic) or vae (variational). Default: ${DEFAULT-VALUE}.")
    KindOption kind;

    @Option(names = "--arch", defaultValue = "mlp", description = "Architecture: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ArchOption arch;

    @Option(names = "--hidden", defaultValue = "400", paramLabel = "W[,W...]",
            description = "Hidden layer widths of the encoder, comma separated; the decoder mirrors them. Default: ${DEFAULT-VALUE}.")
    String hidden;

    @Option(names = "--latent-dim", defaultValue = "20", description = "Latent dimension d. Default: ${DEFAULT-VALUE}.")
    int latentDim;

    @Option(names = "--likelihood", defaultValue = "bernoulli",
            description = "Decoder likelihood: bernoulli (cross-entropy from logits) or gaussian (squared error with a fixed variance). Default: ${DEFAULT-VALUE}.")
    LikelihoodOption likelihood;

    @Option(names = "--gaussian-variance", defaultValue = "0.1",
            description = "The fixed variance sigma^2 of the gaussian likelihood. Default: ${DEFAULT-VALUE}.")
    double gaussianVariance;

    @Option(names = "--beta", defaultValue = "1", description = "KL weight beta (1 = the ELBO). Default: ${DEFAULT-VALUE}.")
    double beta;

    @Option(names = "--beta-warmup", defaultValue = "0", paramLabel = "STEPS",
            description = "Raise beta linearly from 0 over this many steps. Default: ${DEFAULT-VALUE}.")
    long betaWarmup;

    ModelConfig modelConfig(ImageShape input) {
        ModelKind modelKind = kind == KindOption.ae ? ModelKind.AE : ModelKind.VAE;
        return new ModelConfig(modelKind, Architecture.MLP, input, hiddenWidths(), latentDim);
    }

    ObjectiveConfig objectiveConfig() {
        Likelihood chosen = likelihood == LikelihoodOption.gaussian ? new Gaussian(gaussianVariance) : new Bernoulli();
        return new ObjectiveConfig(chosen, beta, betaWarmup);
    }

    private List<Integer> hiddenWidths() {
        List<Integer> widths = new ArrayList<>();
        if (hidden.isBlank()) {
            return widths;
        }
        for (String part : hidden.split(",")) {
            try {
                widths.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("--hidden takes comma-separated widths such as 400 or 512,256; got '" + hidden + "'");
            }
        }
        return widths;
    }
}
