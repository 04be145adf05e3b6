package dev.latent.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.Batch;
import dev.latent.nn.ProcessGroup;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Terms;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two ranks of a process group (threads of this JVM over 127.0.0.1, the same c10d path as processes)
 * on uneven pieces (3 rows and 1) of one batch: their summed gradients and averaged terms must be
 * the whole batch's, computed here without any group, for a loss that sums over examples and one
 * that averages them.
 */
class DataParallelStepTest {
    private static final float[] X = {1, 2, 0, -1, 0.5f, 3, 2, -2, 1, 0.25f, 1, -3}; // 4 rows of 3
    private static final float[] W = {0.3f, -0.7f, 0.2f};

    /** loss = reduce over rows of (x_i . w)^2, gradient d loss / d w; terms: the per-example mean. */
    private record Quadratic(Tensor w, boolean sums) implements TrainingStep {
        @Override
        public Terms run(Batch batch, long step, RandomSource noise, StepGuard guard) {
            Tensor perRow = batch.x().mul(w).sumPerRow().square();
            Tensor loss = sums ? perRow.sum() : perRow.mean();
            double mean = perRow.mean().item();
            guard.afterLoss(step, new Terms(Map.of("loss_nats", mean)));
            loss.backward();
            guard.afterBackward(step, Map.of("w", w));
            return new Terms(Map.of("loss_nats", mean));
        }

        @Override
        public Map<String, Tensor> state() {
            return Map.of("w", w);
        }

        @Override
        public Map<String, Long> counters() {
            return Map.of();
        }

        @Override
        public void restoreCounters(Map<String, Long> counters) {}

        @Override
        public boolean lossSumsOverExamples() {
            return sums;
        }
    }

    private static final StepGuard NO_CHECKS = new StepGuard() {
        @Override
        public void afterLoss(long step, Terms terms) {}

        @Override
        public void afterBackward(long step, Map<String, Tensor> parameters) {}
    };

    @Test
    void summedLossGradientsAddUpToTheWholeBatchs() throws Exception {
        checkAgainstWholeBatch(true);
    }

    @Test
    void averagedLossGradientsAreWeightedByEachPiecesShare() throws Exception {
        checkAgainstWholeBatch(false);
    }

    private void checkAgainstWholeBatch(boolean sums) throws Exception {
        double[] whole;
        double wholeTerm;
        try (TensorScope scope = TensorScope.open()) {
            Tensor w = Tensor.of(W, 3).requiresGrad();
            wholeTerm = new Quadratic(w, sums).run(new Batch(Tensor.of(X, 4, 3), null), 0, null, NO_CHECKS).get("loss_nats");
            whole = w.grad().toDoubleArray();
        }
        int port = freePort();
        int[][] pieces = {{0, 3}, {3, 4}}; // rank 0 holds 3 rows, rank 1 one
        ExecutorService ranks = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[]>> results = List.of(0, 1).stream().map(rank -> ranks.submit(() -> {
                try (ProcessGroup group = ProcessGroup.join("127.0.0.1", port, rank, 2, Duration.ofSeconds(30));
                        TensorScope scope = TensorScope.open()) {
                    Tensor w = Tensor.of(W, 3).requiresGrad();
                    DataParallelStep step = new DataParallel(group).wrap(new Quadratic(w, sums));
                    float[] rows = Arrays.copyOfRange(X, pieces[rank][0] * 3, pieces[rank][1] * 3);
                    step.wholeBatch(4);
                    double term = step.run(new Batch(Tensor.of(rows, rows.length / 3, 3), null), 0, null, NO_CHECKS).get("loss_nats");
                    double[] gradient = w.grad().toDoubleArray();
                    return new double[] {gradient[0], gradient[1], gradient[2], term};
                }
            })).toList();
            for (Future<double[]> result : results) {
                double[] got = result.get(60, TimeUnit.SECONDS);
                for (int i = 0; i < 3; i++) {
                    assertThat(got[i]).as("gradient " + i).isCloseTo(whole[i], within(1e-5 * (1 + Math.abs(whole[i]))));
                }
                assertThat(got[3]).as("the whole batch's mean term").isCloseTo(wholeTerm, within(1e-5 * (1 + wholeTerm)));
            }
        } finally {
            ranks.shutdownNow();
        }
    }

    @Test
    void aShardOfTheNoiseIsThoseRowsOfTheWholeBatchsNoise() {
        try (TensorScope scope = TensorScope.open()) {
            RandomSource whole = RandomSource.seeded(7);
            float[] normal = whole.standardNormal(10, 4).toFloatArray();
            float[] uniform = whole.uniform(10, 2).toFloatArray();
            RandomSource piece = RandomSource.seeded(7);
            piece.shardRows(6, 4, 10);
            assertThat(piece.standardNormal(4, 4).toFloatArray()).containsExactly(Arrays.copyOfRange(normal, 24, 40));
            assertThat(piece.uniform(4, 2).toFloatArray()).containsExactly(Arrays.copyOfRange(uniform, 12, 20));
        }
    }

    @Test
    void piecesCoverEveryRowOnceAndDifferByAtMostOne() {
        for (int world = 1; world <= 5; world++) {
            for (int rows = world; rows <= 23; rows++) {
                int covered = 0;
                for (int rank = 0; rank < world; rank++) {
                    Shard shard = new Shard(rank, world);
                    assertThat(shard.from(rows)).isEqualTo(covered);
                    int size = shard.to(rows) - shard.from(rows);
                    assertThat(size).isBetween(rows / world, rows / world + 1);
                    covered = shard.to(rows);
                }
                assertThat(covered).isEqualTo(rows);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
