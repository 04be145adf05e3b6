package dev.latent.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latent.io.SafeTensors;
import dev.latent.train.Checkpoints;
import dev.latent.store.TrainedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random points (many inside a checkpoint write, held open by a test hook), resume each
 * time, and the run must end exactly where an uninterrupted run with the same seed ends.
 */
class CrashResumeIT {
    private static final Pattern RESUMING = Pattern.compile("resuming.* at epoch (\\d+), step (\\d+)");
    private static final int KILLS = 6;

    @TempDir
    Path dir;

    @Test
    void killedAndResumedTrainingEndsBitIdenticalToAnUninterruptedRun() throws Exception {
        Path data = smallIdxData();
        String[] train = {"train", "--data", data.toString(), "--epochs", "3", "--batch-size", "32", "--hidden", "32", "--latent-dim", "4",
            "--checkpoint-every", "4", "--seed", "9", "--no-progress"};

        Path reference = dir.resolve("reference");
        Process straight = ChildProcess.start(dir.resolve("reference.log"), Map.of(), with(train, "--out", reference.toString()));
        assertThat(straight.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(straight.exitValue()).as(Files.readString(dir.resolve("reference.log"))).isZero();

        Path crashed = dir.resolve("crashed");
        Path log = dir.resolve("crashed.log");
        Map<String, String> slowWrites = Map.of("LATENT_TEST_PAUSE_BEFORE_RENAME_MS", "40");
        SplittableRandom random = new SplittableRandom(2024);
        int kills = 0;
        int leftTemporaries = 0;
        int killsInsideWrite = 0;
        boolean finished = false;
        for (int attempt = 0; attempt < KILLS + 3 && !finished; attempt++) {
            boolean resume = Files.exists(crashed.resolve(TrainedModel.CONFIG));
            String[] args = resume ? new String[] {"train", "--out", crashed.toString(), "--resume", "--no-progress"} : with(train, "--out", crashed.toString());
            Process child = ChildProcess.start(log, slowWrites, args);
            if (kills < KILLS) {
                // Kill on progress, not on a clock: alternately while a checkpoint is being written (its
                // temporary file exists; the hook holds it open 40 ms) and a few steps after one finished.
                boolean insideWrite = kills % 2 == 0;
                if (awaitMoment(child, crashed.resolve(Checkpoints.FOLDER), insideWrite, random)) {
                    child.destroyForcibly().waitFor();
                    kills++;
                    killsInsideWrite += insideWrite ? 1 : 0;
                    leftTemporaries += temporaries(crashed.resolve(Checkpoints.FOLDER));
                    continue;
                }
            }
            assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(Files.readString(log)).isZero();
            finished = true;
        }
        assertThat(finished).isTrue();
        assertThat(kills).isEqualTo(KILLS);

        List<Long> resumedAt = resumedSteps(Files.readString(log));
        assertThat(resumedAt).as("every kill after the first checkpoint leads to a resume").isNotEmpty();
        assertThat(resumedAt).isSorted();
        System.out.printf("crash-resume: %d kills (%d aimed inside a checkpoint write), %d resumes at steps %s, %d kills left a temporary file%n",
                kills, killsInsideWrite, resumedAt.size(), resumedAt, leftTemporaries);

        assertThat(tensors(crashed)).usingRecursiveComparison().isEqualTo(tensors(reference));
        assertThat(withoutTimings(crashed)).isEqualTo(withoutTimings(reference));
        assertThat(temporaries(crashed.resolve(Checkpoints.FOLDER))).as("resume removes interrupted writes").isZero();
    }

    @Test
    void sigtermWritesACheckpointAndExitsWith143() throws Exception {
        Path data = smallIdxData();
        Path out = dir.resolve("terminated");
        Path log = dir.resolve("terminated.log");
        Process child = ChildProcess.start(log, Map.of(), "train", "--data", data.toString(), "--epochs", "1000", "--batch-size", "32",
                "--hidden", "32", "--latent-dim", "4", "--out", out.toString(), "--no-progress");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains("epoch 2:") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        child.destroy(); // SIGTERM
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isEqualTo(143);
        assertThat(output).contains("stopped by SIGTERM").doesNotContain("\tat ");
        Process resumed = ChildProcess.start(log, Map.of(), "train", "--out", out.toString(), "--resume", "--epochs", "3", "--no-progress");
        assertThat(resumed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).containsPattern("resuming.* at epoch \\d+, step \\d+");
    }

    /**
     * Waits until the child is inside a checkpoint write (a temporary file exists) or, otherwise,
     * until it has completed one more checkpoint and run a few milliseconds more. False if the
     * child exited first.
     */
    private static boolean awaitMoment(Process child, Path folder, boolean insideWrite, SplittableRandom random) throws Exception {
        int checkpointsAtStart = completed(folder);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (insideWrite ? temporaries(folder) > 0 : completed(folder) > checkpointsAtStart) {
                if (!insideWrite) {
                    Thread.sleep(random.nextInt(15));
                }
                return child.isAlive();
            }
            Thread.sleep(1);
        }
        return false;
    }

    /** Completed checkpoints (with their manifests) seen so far, by their highest step. */
    private static int completed(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".safetensors.sha256"))
                    .mapToInt(n -> Integer.parseInt(n.substring(5, 15))).max().orElse(0);
        }
    }

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static int temporaries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(p -> p.getFileName().toString().contains(".tmp-")).count();
        }
    }

    private static List<Long> resumedSteps(String log) {
        List<Long> steps = new ArrayList<>();
        Matcher matcher = RESUMING.matcher(log);
        while (matcher.find()) {
            steps.add(Long.parseLong(matcher.group(2)));
        }
        return steps;
    }

    private static Map<String, SafeTensors.TensorData> tensors(Path model) {
        return SafeTensors.read(model.resolve(TrainedModel.WEIGHTS)).tensors();
    }

    private static List<String> withoutTimings(Path model) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(model.resolve(TrainedModel.METRICS))) {
            lines.add(line.replaceAll(",\"samples_per_second\":[^,}]*", "").replaceAll(",\"seconds\":[^,}]*", ""));
        }
        return lines;
    }

    private Path smallIdxData() throws IOException {
        return SmallData.idxDigits(dir);
    }
}
