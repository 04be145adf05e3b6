package dev.latent.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.io.Json;
import dev.latent.io.SafeTensors;
import dev.latent.store.TrainedModel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on 127.0.0.1 joined through c10d (TCPStore + Gloo), each on its half of every batch:
 * the same weights as one process of the whole batch; a rank that dies stops the other with one line;
 * the run resumes from rank 0's checkpoint.
 */
class DataParallelIT {
    /** 2,000 digits, whole batches of 64: 32 steps an epoch, so two epochs are 64 steps (the last batch of each 16 rows, 8 a rank). */
    private static final List<String> TRAIN = List.of("--epochs", "2", "--hidden", "32", "--latent-dim", "4", "--seed", "5", "--no-progress");

    @TempDir
    Path dir;

    @Test
    void twoProcessesOfBatch32EndWithTheWeightsOfOneProcessOfBatch64() throws Exception {
        Path data = SmallData.idxDigits(dir);
        Path single = dir.resolve("single");
        Process one = ChildProcess.start(dir.resolve("single.log"), Map.of(), train(data, single, "--batch-size", "64"));
        assertThat(one.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(one.exitValue()).as(Files.readString(dir.resolve("single.log"))).isZero();

        Path parallel = dir.resolve("parallel");
        int port = freePort();
        // rank 0 by flags, rank 1 by the launchers' environment variables
        Process rank0 = ChildProcess.start(dir.resolve("rank0.log"), Map.of("LATENT_CORES", "1"), train(data, parallel, "--batch-size", "32",
                "--world-size", "2", "--rank", "0", "--rendezvous", "127.0.0.1:" + port));
        Process rank1 = ChildProcess.start(dir.resolve("rank1.log"), Map.of("LATENT_CORES", "1", "WORLD_SIZE", "2", "RANK", "1",
                "MASTER_ADDR", "127.0.0.1", "MASTER_PORT", String.valueOf(port)), train(data, parallel, "--batch-size", "32"));
        assertThat(rank0.waitFor(180, TimeUnit.SECONDS) && rank1.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(rank0.exitValue()).as(Files.readString(dir.resolve("rank0.log"))).isZero();
        assertThat(rank1.exitValue()).as(Files.readString(dir.resolve("rank1.log"))).isZero();
        assertThat(Files.readString(dir.resolve("rank1.log"))).doesNotContain("epoch 1:");

        Map<String, float[]> expected = weights(single);
        Map<String, float[]> actual = weights(parallel);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        double worst = 0;
        for (String name : expected.keySet()) {
            float[] a = expected.get(name);
            float[] b = actual.get(name);
            for (int i = 0; i < a.length; i++) {
                worst = Math.max(worst, Math.abs(a[i] - b[i]));
            }
        }
        System.out.printf("data-parallel: 2 x 32 vs 1 x 64 after 64 steps: max |w_parallel - w_single| = %.3g%n", worst);
        assertThat(worst).as("float summation order is all that differs").isLessThan(1e-4);
        JsonNode singleEnd = lastEpoch(single);
        JsonNode parallelEnd = lastEpoch(parallel);
        assertThat(parallelEnd.get("epoch").asInt()).isEqualTo(2);
        assertThat(parallelEnd.get("train_loss_nats").asDouble()).isCloseTo(singleEnd.get("train_loss_nats").asDouble(),
                org.assertj.core.data.Offset.offset(1e-2));
        assertThat(parallelEnd.get("test_negative_elbo_nats").asDouble()).isCloseTo(singleEnd.get("test_negative_elbo_nats").asDouble(),
                org.assertj.core.data.Offset.offset(1e-2));
    }

    @Test
    void aRankThatDiesStopsTheOtherWithOneLineAndTheRunResumesFromRankZerosCheckpoint() throws Exception {
        Path data = SmallData.idxDigits(dir);
        Path out = dir.resolve("dies");
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("train", "--data", data.toString(), "--out", out.toString(), "--epochs", "1000",
                "--batch-size", "32", "--hidden", "32", "--latent-dim", "4", "--checkpoint-every", "8", "--no-progress", "--world-size", "2",
                "--rendezvous", "127.0.0.1:" + port, "--peer-timeout", "20"));
        Path log0 = dir.resolve("dies0.log");
        Process rank0 = ChildProcess.start(log0, Map.of("LATENT_CORES", "1"), with(args, "--rank", "0"));
        Process rank1 = ChildProcess.start(dir.resolve("dies1.log"), Map.of("LATENT_CORES", "1"), with(args, "--rank", "1"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(log0).contains("epoch 2:") && rank0.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(log0)).contains("epoch 2:");
        long killed = System.nanoTime();
        rank1.destroyForcibly().waitFor();
        assertThat(rank0.waitFor(60, TimeUnit.SECONDS)).as("rank 0 stops instead of hanging").isTrue();
        double seconds = (System.nanoTime() - killed) / 1e9;
        String output = Files.readString(log0);
        System.out.printf("data-parallel: rank 0 stopped %.1f s after rank 1 was killed%n", seconds);
        assertThat(rank0.exitValue()).as(output).isEqualTo(6);
        assertThat(output).contains("lost the other process(es)").contains("--resume").doesNotContain("\tat ");

        Path log = dir.resolve("resumed.log");
        Process resumed = ChildProcess.start(log, Map.of(), "train", "--out", out.toString(), "--resume", "--epochs", "3", "--processes", "2",
                "--no-progress");
        assertThat(resumed.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).containsPattern("resuming.* at epoch \\d+, step \\d+").contains("epoch 3:");
        assertThat(lastEpoch(out).get("epoch").asInt()).isEqualTo(3);
    }

    private static String[] train(Path data, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("train", "--data", data.toString(), "--out", out.toString()));
        args.addAll(TRAIN);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String[] with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static Map<String, float[]> weights(Path model) {
        Map<String, float[]> out = new java.util.TreeMap<>();
        SafeTensors.read(model.resolve(TrainedModel.WEIGHTS)).tensors().forEach((name, tensor) -> out.put(name, tensor.values()));
        return out;
    }

    private static JsonNode lastEpoch(Path model) throws IOException {
        List<String> lines = Files.readAllLines(model.resolve(TrainedModel.METRICS));
        return Json.mapper().readTree(lines.get(lines.size() - 1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
