package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.viz.ReportNumbers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.data.Split;
import dev.latent.eval.CodeSparsity;
import dev.latent.eval.Conditioning;
import dev.latent.eval.Evaluation;
import dev.latent.eval.Inference;
import dev.latent.objective.Corruption;
import dev.latent.eval.Evaluator;
import dev.latent.io.Json;
import dev.latent.data.Examples;
import dev.latent.store.TrainedModel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent evaluate}: test-split numbers in nats per image. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a model on the test split: reconstruction, KL and negative ELBO, in nats per image or table row (averaged).")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelDirOption model;

    @Mixin
    DataOption data;

    @Mixin
    EngineOptions engine;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--full", description = {"Also compute the latent-space numbers: importance-weighted NLL, bits/dim, KL per dimension, "
            + "active units, linear probe, 5-NN agreement, sample scores (a small classifier cached as sample-classifier.safetensors "
            + "beside the model), novelty, interpolation smoothness and prior coverage. See the README for each."})
    boolean full;

    @Option(names = "--importance-samples", defaultValue = "1000", paramLabel = "K",
            description = "With --full: samples per image for the NLL bound (Burda et al. 2015); 0 skips it. Default: ${DEFAULT-VALUE}.")
    int importanceSamples;

    @Option(names = "--samples", defaultValue = "1000", description = "With --full: prior samples for the sample numbers. Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--corrupt", paramLabel = "KIND:LEVEL", description = "Also reconstruct corrupted test images (gaussian:SD, mask:SHARE, "
            + "salt-pepper:SHARE; fixed seed) and score them against the clean ones: a denoiser's test, in nats per image.")
    String corrupt;

    @Option(names = "--seed", defaultValue = "1", description = "With --full: seed of the sampled numbers. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws Exception {
        ModelAndData loaded = ModelAndData.load(model, data, engine);
        TrainedModel trained = loaded.trained();
        Split split = loaded.split();
        String unit = split.test().isTable() ? "row" : "image";
        if (full) {
            if (split.test().isTable()) {
                throw InvalidInputException.of("full", "the --full numbers (sample classifier, Frechet distance, pictures of the latent space) are made for images; "
                        + "for a table use evaluate without --full, and score for per-row and per-column nats");
            }
            return fullReport(trained, split);
        }
        Corruption corruption = corrupt == null ? null : Corruption.parse(corrupt);
        if (corruption != null && split.test().isTable()) {
            throw InvalidInputException.of("corrupt", "--corrupt keeps pixels in [0, 1]; it applies to images, not table rows");
        }
        var test = Examples.images(split.test());
        var labels = Conditioning.labels(trained.model(), split.test());
        Evaluation result = Evaluator.evaluate(trained.autoencoder(), trained.likelihood(), test, labels, null);
        Evaluation corrupted = corruption == null ? null : Evaluator.evaluate(trained.autoencoder(), trained.likelihood(), test, labels, corruption);
        CodeSparsity sparsity = CodeSparsity.of(Inference.encodeMeans(trained.autoencoder(), test, labels).toDoubleArray());
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("model", trained.config().model().kind().id());
            node.put("reconstruction_nats", result.reconstructionNats());
            node.put("kl_nats", result.klNats());
            node.put("negative_elbo_nats", result.negativeElboNats());
            node.put("code_near_zero_share", sparsity.nearZero());
            node.put("code_inactive_share", sparsity.inactive());
            if (corrupted != null) {
                node.put("corruption", corruption.spec());
                node.put("corrupted_reconstruction_nats", corrupted.reconstructionNats());
            }
            node.put(unit + "s", result.images());
            out.println(node.toString());
        } else {
            out.printf("%s on %d test %ss (nats per %s):%n", model.dir, result.images(), unit, unit);
            out.printf("  reconstruction  %.3f%n  kl              %.3f%n  negative ELBO   %.3f%n",
                    result.reconstructionNats(), result.klNats(), result.negativeElboNats());
            if (corrupted != null) {
                out.printf("  reconstruction of %s-corrupted inputs  %.3f%n", corruption.spec(), corrupted.reconstructionNats());
            }
            out.printf("  code entries near 0 (|z| < 5%% of rms)  %.3f%n  code entries inactive (sigmoid(z) < 0.05)  %.3f%n",
                    sparsity.nearZero(), sparsity.inactive());
        }
        return ExitCodes.OK;
    }

    private int fullReport(TrainedModel trained, Split split) throws java.io.IOException {
        CommandChecks.countInRange("--samples", samples, 100_000);
        if (importanceSamples < 0 || importanceSamples > 1_000_000) {
            throw new dev.latent.InvalidInputException("--importance-samples must be between 0 and 1000000, got " + importanceSamples);
        }
        var report = dev.latent.eval.LatentReport.of(trained.model(), trained.likelihood(), split, model.dir, importanceSamples, samples, seed);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(ReportNumbers.json(trained.config().model().kind().id(), report).toString());
        } else {
            out.printf("%s on %d test images:%n", model.dir, split.test().size());
            for (var row : ReportNumbers.rows(report)) {
                out.printf("  %-52s %s%n", row.get(0), row.get(1));
            }
        }
        return ExitCodes.OK;
    }
}
