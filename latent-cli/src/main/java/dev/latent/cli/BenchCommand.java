package dev.latent.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.data.DataSources;
import dev.latent.data.Split;
import dev.latent.bench.Benchmark;
import dev.latent.bench.Latency;
import dev.latent.io.Json;
import dev.latent.nn.Engine;
import dev.latent.store.DataInfo;
import dev.latent.data.Examples;
import dev.latent.store.RunConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent bench}: throughput, latency and memory of a configuration. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure training and inference speed and memory.",
            "Training throughput in images/s (the first epoch is warm-up and excluded, as is data loading),",
            "evaluation throughput, encode/decode latency (p50/p99, one image and one batch) and resident memory after each epoch.",
            "Nothing is written to disk. Takes the same model options as train."})
final class BenchCommand implements Callable<Integer> {
    /** Fewer than train's: the first epoch is warm-up, two more give a steady rate. */
    static final int DEFAULT_EPOCHS = 3;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @ArgGroup(validate = false, heading = "Model:%n")
    ModelOptions model = new ModelOptions();

    @ArgGroup(validate = false, heading = "Objective:%n")
    ObjectiveOptions objective = new ObjectiveOptions();

    @Mixin
    BetaOption beta;

    @ArgGroup(validate = false, heading = "Training:%n")
    TrainOptions training = new TrainOptions();

    @Mixin
    EngineOptions engine;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--importance-samples", defaultValue = "0", paramLabel = "K",
            description = "Also time the importance-weighted NLL with K samples per image over the whole test split (VAE). Default: 0 (skip).")
    int importanceSamples;

    @Override
    public Integer call() {
        engine.apply();
        String source = data.specOr(DataSources.DEFAULT);
        Split split = data.loadForTraining();
        RunConfig config = RunOptions.config(model, objective, beta.beta, training, DEFAULT_EPOCHS, source, split);
        engine.planFor(config.model());
        Benchmark.Result result = Benchmark.run(config, split, importanceSamples);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(config, result).toString());
        } else {
            print(out, config, result);
        }
        return ExitCodes.OK;
    }

    private static ObjectNode toJson(RunConfig config, Benchmark.Result r) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("model", config.model().kind().id());
        node.put("arch", config.model().architecture().id());
        node.put("data", config.data().source());
        node.put("threads", Engine.threads());
        node.put("blas_threads", Engine.blasThreads());
        node.put("batch_size", config.training().batchSize());
        node.put("train_samples_per_second", r.trainSamplesPerSecond());
        ArrayNode epochs = node.putArray("epoch_samples_per_second");
        r.epochSamplesPerSecond().forEach(epochs::add);
        node.put("eval_samples_per_second", r.evalSamplesPerSecond());
        latency(node, "encode_one", r.encodeOne());
        latency(node, "decode_one", r.decodeOne());
        latency(node, "encode_batch", r.encodeBatch());
        latency(node, "decode_batch", r.decodeBatch());
        node.put("latency_batch", r.batch());
        if (r.nllSeconds() > 0) {
            node.put("nll_importance_samples", r.nllImportanceSamples());
            node.put("nll_nats", r.nllNats());
            node.put("nll_seconds", r.nllSeconds());
        }
        node.put("peak_rss_mb", r.peakRssMb());
        ArrayNode rss = node.putArray("rss_mb_per_epoch");
        r.rssMbPerEpoch().forEach(rss::add);
        return node;
    }

    private static void latency(ObjectNode node, String name, Latency latency) {
        node.put(name + "_p50_ms", latency.p50Ms());
        node.put(name + "_p99_ms", latency.p99Ms());
    }

    private static void print(PrintWriter out, RunConfig config, Benchmark.Result r) {
        out.printf("%s %s on %s, batch %d, %d libtorch thread(s), %d OpenBLAS thread(s)%n", config.model().kind().id(),
                config.model().architecture().id(), config.data().source(), config.training().batchSize(), Engine.threads(), Engine.blasThreads());
        out.printf("train       %.0f images/s (epochs after the first; per epoch: %s)%n", r.trainSamplesPerSecond(), r.epochSamplesPerSecond());
        out.printf("evaluate    %.0f images/s%n", r.evalSamplesPerSecond());
        out.printf("encode 1    p50 %.3f ms  p99 %.3f ms%n", r.encodeOne().p50Ms(), r.encodeOne().p99Ms());
        out.printf("decode 1    p50 %.3f ms  p99 %.3f ms%n", r.decodeOne().p50Ms(), r.decodeOne().p99Ms());
        out.printf("encode %-4d p50 %.3f ms  p99 %.3f ms%n", r.batch(), r.encodeBatch().p50Ms(), r.encodeBatch().p99Ms());
        out.printf("decode %-4d p50 %.3f ms  p99 %.3f ms%n", r.batch(), r.decodeBatch().p50Ms(), r.decodeBatch().p99Ms());
        if (r.nllSeconds() > 0) {
            out.printf("NLL         %.2f nats/image with K=%d on %d test images in %.1f s%n", r.nllNats(), r.nllImportanceSamples(),
                    config.data().testImages(), r.nllSeconds());
        }
        out.printf("memory      peak RSS %.0f MB; RSS after each epoch %s MB%n", r.peakRssMb(), r.rssMbPerEpoch());
    }
}
