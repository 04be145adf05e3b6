package dev.latent.cli;

import dev.latent.data.DataSources;
import dev.latent.data.Split;
import dev.latent.eval.Evaluation;
import dev.latent.eval.Evaluator;
import dev.latent.model.Architecture;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.objective.Bernoulli;
import dev.latent.store.DataInfo;
import dev.latent.data.Examples;
import dev.latent.store.ElboConfig;
import dev.latent.store.RunConfig;
import dev.latent.train.TrainConfig;
import dev.latent.store.TrainedModel;
import dev.latent.store.TrainingRun;
import dev.latent.viz.ComparisonPage;
import dev.latent.viz.ModelPictures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent demo}: a small VAE on the embedded digits, with pictures. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Train a VAE and an AE on the embedded digits; write pictures and an AE-vs-VAE page.",
            "Both are 784-400-20 with a Bernoulli likelihood, trained on the 9,000 mnist-10k training digits (about",
            "15 seconds on 2 cores), then write the VAE's reconstructions and samples, both models, and a page comparing their latent spaces",
            "(compare.html). Rerunning replaces the demo's files."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", defaultValue = "latent-demo", paramLabel = "DIR", description = "Where to write. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "Epochs over the 9,000 training digits. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws Exception {
        engine.apply();
        var print = spec.commandLine().getOut();
        Split split = DataSources.load(DataSources.DEFAULT);
        RunConfig config = RunConfig.of(ModelConfig.dense(ModelKind.VAE, split.shape(), List.of(400), 20),
                new ElboConfig(new Bernoulli(), 1.0, 0), TrainConfig.defaults().withEpochs(epochs), DataSources.DEFAULT, split);
        Path vaeDir = out.resolve("vae");
        Path aeDir = out.resolve("ae");
        print.printf("training a VAE and an AE (784-400-20) on %d mnist-10k digits for %d epochs each%n", split.train().size(), epochs);
        TrainedModel vae = train(config, vaeDir, split, print);
        train(config.withModel(ModelConfig.dense(ModelKind.AE, split.shape(), List.of(400), 20)), aeDir, split, print);
        Path reconstructions = out.resolve("reconstructions.png");
        Path samples = out.resolve("samples.png");
        Path compare = out.resolve("compare.html");
        ModelPictures.writeReconstructions(vae, split.test(), 32, reconstructions);
        ModelPictures.writeSamples(vae, ModelPictures.priorOf(vae, split.train()), 64, 1, samples);
        print.println("comparing the two latent spaces...");
        ComparisonPage.write(List.of(aeDir, vaeDir), trained -> {
            engine.planFor(trained.config().model());
            return split;
        }, 100, 1000, 1, compare);
        Evaluation test = Evaluator.evaluate(vae.autoencoder(), vae.likelihood(), Examples.images(split.test()));
        print.printf("VAE test negative ELBO %.2f nats per image (reconstruction %.2f + KL %.2f) on %d digits%n",
                test.negativeElboNats(), test.reconstructionNats(), test.klNats(), test.images());
        print.printf("models:          %s, %s%nreconstructions: %s%nsamples:         %s%nAE vs VAE page:  %s%n",
                vaeDir, aeDir, reconstructions, samples, compare);
        print.printf("next: latent sample --model %s --out more-samples.png%n", vaeDir);
        return ExitCodes.OK;
    }

    private TrainedModel train(RunConfig config, Path dir, Split split, java.io.PrintWriter print) {
        TrainingRun.prepareFresh(dir, true);
        TrainingRun run = new TrainingRun(config).into(dir);
        if (!noProgress) {
            run.listen(ProgressBarListener.onStandardError());
        }
        return run.listen(new EpochPrinter(print)).run(split, false);
    }
}
