package dev.latent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.data.DataSources;
import dev.latent.data.Examples;
import dev.latent.data.Split;
import dev.latent.eval.Evaluation;
import dev.latent.eval.Evaluator;
import dev.latent.eval.Inference;
import dev.latent.eval.SampleClassifier;
import dev.latent.io.Json;
import dev.latent.model.Models;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Tensor;
import dev.latent.store.TrainedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through picocli, with captured output and exit codes. */
class CliIT {
    @TempDir
    static Path shared;

    static Path model;

    static Run run(String... args) {
        return Run.of(args);
    }

    @BeforeAll
    static void trainOnce() {
        model = shared.resolve("vae");
        Run run = run("train", "--out", model.toString(), "--epochs", "1", "--hidden", "32", "--latent-dim", "2", "--no-progress");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("epoch 1:", "nats/image", "model written to");
    }

    @Test
    void trainWritesAModelDirectory() {
        assertThat(model.resolve("config.json")).exists();
        assertThat(model.resolve("model.safetensors")).exists();
        assertThat(model.resolve("metrics.jsonl")).exists();
        assertThat(model.resolve("checkpoints")).isDirectory();
    }

    @Test
    void evaluateJsonHasTheTermsInNats() throws IOException {
        Run run = run("evaluate", "--model", model.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode node = Json.mapper().readTree(run.out());
        assertThat(node.get("images").asInt()).isEqualTo(1000);
        // the same numbers through latent-core's API, from the model directory and the data it names
        TrainedModel trained = TrainedModel.load(model);
        Tensor test = testImages(trained);
        Evaluation expected = Evaluator.evaluate(trained.autoencoder(), trained.likelihood(), test);
        assertThat(node.get("reconstruction_nats").asDouble()).isCloseTo(expected.reconstructionNats(), withinPercentage(1e-4));
        assertThat(node.get("kl_nats").asDouble()).isCloseTo(expected.klNats(), withinPercentage(1e-4))
                .isCloseTo(ReferenceNumbers.klNats((VariationalAutoencoder) trained.model(), test), withinPercentage(1e-3));
        assertThat(node.get("negative_elbo_nats").asDouble()).isCloseTo(expected.negativeElboNats(), withinPercentage(1e-4));
    }

    @Test
    void reconstructSampleAndEncodeWriteTheirFiles() throws IOException {
        Path png = shared.resolve("rec.png");
        assertThat(run("reconstruct", "--model", model.toString(), "--count", "8", "--out", png.toString()).code()).isZero();
        // 2 rows (originals, reconstructions) of 8 tiles: 28 px scaled by 2 plus gaps
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(8 * 56).isLessThan(8 * 64);
        assertThat(image.getHeight()).isGreaterThan(2 * 56).isLessThan(2 * 64);

        Path samples = shared.resolve("samples.png");
        Run sample = run("sample", "--model", model.toString(), "--count", "9", "--out", samples.toString());
        assertThat(sample.code()).isZero();
        assertThat(sample.out()).contains("N(0, I)");
        assertThat(ImageIO.read(samples.toFile()).getWidth()).isGreaterThan(3 * 56).isLessThan(3 * 64);

        Path csv = shared.resolve("codes.csv");
        assertThat(run("encode", "--model", model.toString(), "--out", csv.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1001);
        assertThat(lines.get(0)).isEqualTo("label,z_0,z_1");
        assertThat(lines.get(1).split(",")).hasSize(3);
    }

    @Test
    void anAutoencoderSamplesFromAGaussianFittedToItsCodes() {
        Path ae = shared.resolve("ae");
        assertThat(run("train", "--model", "ae", "--out", ae.toString(), "--epochs", "1", "--hidden", "16", "--latent-dim", "3", "--no-progress").code()).isZero();
        Run sample = run("sample", "--model", ae.toString(), "--count", "4", "--out", shared.resolve("ae.png").toString());
        assertThat(sample.code()).as(sample.err()).isZero();
        assertThat(sample.out()).contains("fitted to the autoencoder's training codes");
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws IOException {
        assertBadInput(run("train", "--out", shared.resolve("x").toString(), "--data", shared.resolve("no-such-dir").toString()), "no such directory or CSV file");
        assertBadInput(run("train", "--out", model.toString(), "--epochs", "1"), "already holds a model");
        assertBadInput(run("train", "--out", shared.resolve("y").toString(), "--hidden", "4x", "--epochs", "1"), "--hidden");
        assertBadInput(run("train", "--out", shared.resolve("z").toString(), "--latent-dim", "0"), "latent dimension");
        assertBadInput(run("evaluate", "--model", shared.resolve("nothing").toString()), "no such model directory");
        Path bad = Files.createDirectories(shared.resolve("bad-data"));
        Files.write(bad.resolve("train-images-idx3-ubyte"), new byte[] {1, 2, 3, 4, 5});
        assertBadInput(run("train", "--out", shared.resolve("w").toString(), "--data", bad.toString()), "not an IDX file");
        assertBadInput(run("sample", "--model", model.toString(), "--out", shared.toString()), "is a directory");
    }

    @Test
    void convModelsTrainAndEveryCommandReadsThem() {
        Path conv = shared.resolve("conv");
        Run train = run("train", "--out", conv.toString(), "--arch", "conv", "--channels", "4,8", "--hidden", "16", "--latent-dim", "2",
                "--upsample", "unpool", "--epochs", "1", "--no-progress");
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(run("evaluate", "--model", conv.toString(), "--json").code()).isZero();
        assertThat(run("reconstruct", "--model", conv.toString(), "--out", shared.resolve("conv-rec.png").toString()).code()).isZero();
        assertThat(run("sample", "--model", conv.toString(), "--out", shared.resolve("conv-samples.png").toString()).code()).isZero();
        assertBadInput(run("train", "--out", shared.resolve("conv-bad").toString(), "--arch", "conv", "--channels", "8,8,8"), "block 3");
    }

    @Test
    void anRgbImageFolderTrainsAConvModelAndABombIsRefused() throws IOException {
        Path images = shared.resolve("images");
        java.util.SplittableRandom random = new java.util.SplittableRandom(4);
        for (String label : List.of("circle", "square")) {
            Files.createDirectories(images.resolve(label));
            for (int i = 0; i < 12; i++) {
                var image = new java.awt.image.BufferedImage(16, 12, java.awt.image.BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < 12; y++) {
                    for (int x = 0; x < 16; x++) {
                        image.setRGB(x, y, random.nextInt(0x1000000));
                    }
                }
                ImageIO.write(image, "png", images.resolve(label).resolve(i + ".png").toFile());
            }
        }
        Path model = shared.resolve("rgb");
        Run train = run("train", "--data", images.toString(), "--image-size", "8", "--channels-in", "3", "--arch", "conv", "--channels", "4",
                "--hidden", "8", "--latent-dim", "2", "--epochs", "1", "--out", model.toString(), "--no-progress");
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(Files.readString(model.resolve("config.json"))).contains("\"channels\" : 3", "\"height\" : 8");
        Run evaluate = run("evaluate", "--model", model.toString(), "--json");
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        assertThat(Json.mapper().readTree(evaluate.out()).get("images").asInt()).isEqualTo(2); // 10% of 24 held out

        byte[] bomb = dev.latent.data.ImageFilesAccess.pngHeaderOnly(30000, 30000);
        Files.write(images.resolve("circle").resolve("bomb.png"), bomb);
        assertBadInput(run("train", "--data", images.toString(), "--out", shared.resolve("bomb").toString()), "bomb.png");
    }

    @Test
    void reportCompareAndSweepWriteSelfContainedPages() throws IOException {
        Path ae = shared.resolve("report-ae");
        assertThat(run("train", "--model", "ae", "--out", ae.toString(), "--epochs", "1", "--hidden", "32", "--latent-dim", "2", "--no-progress").code()).isZero();
        Run full = run("evaluate", "--model", model.toString(), "--full", "--importance-samples", "20", "--samples", "200", "--json");
        assertThat(full.code()).as(full.err()).isZero();
        JsonNode node = Json.mapper().readTree(full.out());
        assertTheNllAgreesWithAnIndependentEstimate(node, 20);
        assertThat(node.get("kl_per_dim")).hasSize(2);
        assertProbeAndSampleEntropyOfAModelTrainedLonger();
        assertThat(model.resolve("sample-classifier.safetensors")).exists();
        Run aeFull = run("evaluate", "--model", ae.toString(), "--full", "--samples", "100", "--json");
        assertThat(aeFull.code()).as(aeFull.err()).isZero();
        assertThat(Json.mapper().readTree(aeFull.out()).get("nll_nats").isNull()).isTrue();

        Path report = shared.resolve("report.html");
        Run reported = run("report", "--model", model.toString(), "--importance-samples", "10", "--out", report.toString());
        assertThat(reported.code()).as(reported.err()).isZero();
        String html = Files.readString(report);
        assertThat(html).contains("data:image/png;base64,", "negative ELBO").doesNotContain("http://", "https://");

        Path compare = shared.resolve("compare.html");
        Run compared = run("compare", "--models", ae + "," + model, "--importance-samples", "0", "--out", compare.toString());
        assertThat(compared.code()).as(compared.err()).isZero();
        assertThat(Files.readString(compare)).contains("report-ae", "vae");

        Path sweep = shared.resolve("sweep");
        Run swept = run("sweep", "--beta", "0.5,4", "--out", sweep.toString(), "--epochs", "1", "--hidden", "16", "--latent-dim", "2",
                "--importance-samples", "5", "--no-progress");
        assertThat(swept.code()).as(swept.err()).isZero();
        assertThat(Files.readAllLines(sweep.resolve("sweep.jsonl"))).hasSize(2);
        assertThat(sweep.resolve("sweep.html")).exists();
        assertThat(swept.out()).contains("beta | reconstruction");
    }

    @Test
    void aCheckpointThatCannotBeWrittenStopsTrainingWithExitFour() throws IOException {
        Path dir = Files.createDirectories(shared.resolve("unwritable"));
        Files.writeString(dir.resolve("checkpoints"), "a file where the checkpoint folder should be");
        Run run = run("train", "--out", dir.toString(), "--force", "--epochs", "3", "--hidden", "16", "--latent-dim", "2",
                "--checkpoint-every", "5", "--no-progress");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.CANNOT_WRITE);
        assertThat(run.err()).contains("cannot write a checkpoint at step 5").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("epoch 1:"); // stopped within the step, not at the epoch's end
    }

    @Test
    void aDivergingRunExitsWithThreeAndKeepsNoBadWeights() {
        Path diverged = shared.resolve("diverged");
        Run run = run("train", "--out", diverged.toString(), "--epochs", "1", "--lr", "1e30", "--hidden", "16", "--no-progress");
        assertThat(run.code()).isEqualTo(ExitCodes.DIVERGED);
        assertThat(run.err()).contains("training stopped", "step").doesNotContain("\tat ");
        assertThat(diverged.resolve("config.json")).exists();
    }

    @Test
    void resumeContinuesToMoreEpochs() throws IOException {
        Path dir = shared.resolve("resume");
        assertThat(run("train", "--out", dir.toString(), "--epochs", "1", "--hidden", "16", "--latent-dim", "2", "--no-progress").code()).isZero();
        Run resumed = run("train", "--out", dir.toString(), "--resume", "--epochs", "2", "--no-progress");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("resuming", "epoch 2:").doesNotContain("epoch 1:");
        assertThat(Files.readAllLines(dir.resolve("metrics.jsonl"))).hasSize(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("train", "evaluate", "reconstruct", "sample", "encode", "demo", "bench", "report", "compare", "sweep")) {
            Run run = run(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: latent " + command);
        }
        assertThat(run("--help").out()).contains("train", "evaluate", "demo");
    }

    /**
     * The CLI's K-sample NLL against one computed here from the encoder and decoder (own sampling
     * and log-sum-exp, same K, so the same expectation): both scatter by Monte-Carlo noise, whose
     * size comes from the spread of K-sample estimates over repeats; and the NLL may exceed the
     * one-sample -ELBO only by that noise plus the ELBO's own.
     */
    private static void assertTheNllAgreesWithAnIndependentEstimate(JsonNode node, int k) {
        TrainedModel trained = TrainedModel.load(model);
        Tensor test = testImages(trained);
        int repeats = 8;
        ReferenceNumbers.ImportanceEstimate reference = ReferenceNumbers.importanceWeighted((VariationalAutoencoder) trained.model(),
                trained.likelihood(), test, k, repeats, 77);
        double nll = node.get("nll_nats").asDouble();
        double negativeElbo = node.get("negative_elbo_nats").asDouble();
        assertThat(node.get("importance_samples").asInt()).isEqualTo(k);
        // the CLI's estimate is one K-sample run, the reference the mean of `repeats`
        double agreement = 4 * reference.nllStandardError() * Math.sqrt(1 + 1.0 / repeats);
        assertThat(nll).as("NLL from the CLI vs computed here (+- %.3f)", agreement).isCloseTo(reference.nllNats(), within(agreement));
        double noise = 4 * Math.hypot(reference.nllStandardError(), reference.reconstructionStandardError());
        assertThat(nll).as("NLL vs -ELBO (+ %.3f of noise)", noise).isLessThan(negativeElbo + noise);
    }

    /**
     * The label-based numbers need a model that has learnt something (one epoch of 32 hidden units
     * barely has): one of 256 hidden units trained for 10 epochs (a few seconds), and the same
     * network as it was before training.
     */
    private static void assertProbeAndSampleEntropyOfAModelTrainedLonger() throws IOException {
        Path digits = shared.resolve("digits");
        Run train = run("train", "--out", digits.toString(), "--epochs", "10", "--hidden", "256", "--latent-dim", "2", "--no-progress");
        assertThat(train.code()).as(train.err()).isZero();
        TrainedModel trained = TrainedModel.load(digits);
        Path untrained = shared.resolve("digits-untrained");
        new TrainedModel(trained.config(), Models.build(trained.config().model(), trained.config().training().seed())).save(untrained);
        for (Path dir : List.of(digits, untrained)) {
            // the judge of the samples depends only on the data: the one trained for the first report serves
            Files.copy(model.resolve(SampleClassifier.FILE), dir.resolve(SampleClassifier.FILE));
        }
        int samples = 1000;
        JsonNode report = fullReport(digits, samples);
        JsonNode before = fullReport(untrained, 100);
        assertTheProbeReadsTheLabelsOnlyAfterTraining(report.get("probe_accuracy").asDouble(), before.get("probe_accuracy").asDouble());
        assertTheSampleClassEntropyIsThatOfTheClassifiersHistogram(digits, report.get("sample_class_entropy_nats").asDouble(), samples);
    }

    /** The test split of the data the model directory names, as (N, C, H, W) in [0, 1]. */
    private static Tensor testImages(TrainedModel trained) {
        return Examples.images(DataSources.load(trained.config().data().source()).test());
    }

    private static JsonNode fullReport(Path dir, int samples) throws IOException {
        Run run = run("evaluate", "--model", dir.toString(), "--full", "--importance-samples", "0", "--samples", String.valueOf(samples), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    /**
     * A linear probe on the trained model's codes reads the digit far better than always guessing
     * the commonest class, and far better than on the codes of the same network before training
     * (a random projection, which reads a little: about 0.2 here, not chance). Margins are in
     * binomial standard errors over the 1,000 test images.
     */
    private static void assertTheProbeReadsTheLabelsOnlyAfterTraining(double probe, double untrainedProbe) {
        int[] labels = DataSources.load(DataSources.DEFAULT).test().labels();
        int n = labels.length;
        double chance = ReferenceNumbers.chance(labels, 10);
        double chanceError = Math.sqrt(chance * (1 - chance) / n);
        assertThat(probe).as("probe accuracy vs chance %.3f", chance).isGreaterThan(chance + 10 * chanceError);
        double differenceError = Math.sqrt(probe * (1 - probe) / n + untrainedProbe * (1 - untrainedProbe) / n);
        assertThat(untrainedProbe).as("probe accuracy before training vs after (%.3f)", probe).isLessThan(probe - 6 * differenceError);
    }

    /**
     * The CLI's entropy of the classifier's class histogram on its prior samples against the
     * histogram of the same classifier on many samples drawn here, within the plug-in estimate's
     * noise and bias for the CLI's {@code n} samples.
     */
    private static void assertTheSampleClassEntropyIsThatOfTheClassifiersHistogram(Path dir, double entropy, int n) throws IOException {
        TrainedModel trained = TrainedModel.load(dir);
        Split data = DataSources.load(trained.config().data().source());
        SampleClassifier classifier = SampleClassifier.cachedOrTrained(dir, data.train());
        int drawn = 5000;
        Tensor codes = ReferenceNumbers.standardNormalCodes(trained.autoencoder(), drawn, 99);
        Tensor images = Tensor.of(Inference.decodeMeans(trained.model(), trained.likelihood(), codes),
                trained.config().model().input().batch(drawn));
        SampleClassifier.Judgement judged = classifier.judge(images);
        double[] shares = ReferenceNumbers.histogram(ReferenceNumbers.argmaxPerRow(judged.probabilities(), judged.classes()), judged.classes());
        double expected = ReferenceNumbers.entropyNats(shares);
        // the plug-in entropy of n draws is low by about (classes - 1) / 2n (Miller 1955)
        double bias = (judged.classes() - 1) / (2.0 * n);
        double noise = 4 * ReferenceNumbers.entropyStandardDeviation(shares, n) * Math.sqrt(1 + (double) n / drawn);
        assertThat(entropy).as("class entropy of %d samples vs %.3f from %d (+- %.3f, bias %.3f)", n, expected, drawn, noise, bias)
                .isBetween(expected - bias - noise, expected + noise);
    }

    private static void assertBadInput(Run run, String phrase) {
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(phrase).doesNotContain("\tat ");
        assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
    }
}
