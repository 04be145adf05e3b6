package dev.latent.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.data.Split;
import dev.latent.eval.Evaluation;
import dev.latent.eval.Evaluator;
import dev.latent.io.Json;
import dev.latent.train.DatasetTensors;
import dev.latent.train.TrainedModel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent evaluate}: test-split numbers in nats per image. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a model on the test split: reconstruction, KL and negative ELBO, in nats per image (averaged).")
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

    @Override
    public Integer call() {
        engine.apply();
        TrainedModel trained = model.load();
        Split split = data.load(trained.config().data().source(), trained.config().data().shape());
        CommandChecks.sameShape(trained, split);
        Evaluation result = Evaluator.evaluate(trained.model(), trained.config().objective().likelihood(), DatasetTensors.images(split.test()));
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("model", trained.config().model().kind().id());
            node.put("reconstruction_nats", result.reconstructionNats());
            node.put("kl_nats", result.klNats());
            node.put("negative_elbo_nats", result.negativeElboNats());
            node.put("images", result.images());
            out.println(node.toString());
        } else {
            out.printf("%s on %d test images (nats per image):%n", model.dir, result.images());
            out.printf("  reconstruction  %.3f%n  kl              %.3f%n  negative ELBO   %.3f%n",
                    result.reconstructionNats(), result.klNats(), result.negativeElboNats());
        }
        return ExitCodes.OK;
    }
}
