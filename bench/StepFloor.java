import dev.latent.api.Latent;
import dev.latent.data.*;
import dev.latent.model.*;
import dev.latent.nn.*;
import dev.latent.objective.*;
import dev.latent.store.*;
import dev.latent.train.*;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.global.torch;

/**
 * How close one training step of the conditional dense VAE (784-400-20, 10 classes, batch 128) is
 * to its floor, the matrix products it cannot avoid: in one JVM, alternating, (a) the step's eleven
 * products alone on random matrices of its shapes (forward; weight gradients; input gradients but
 * the first layer's) and (b) whole steps, split into batch, forward + loss, backward and Adam.
 * Prints ms per step and the products' share, on BLAS_THREADS OpenBLAS threads (default 1: one core,
 * as the one-thread PyTorch peer), and the products' GFLOP/s.
 *
 *   java -cp latent-cli/target/latent.jar bench/StepFloor.java [BLAS_THREADS] [DATA]
 */
public class StepFloor {
  static final int B = 128, N = 200;

  public static void main(String[] a) throws Exception {
    int blas = a.length > 0 ? Integer.parseInt(a[0]) : 1;
    Split data = DataSources.load(a.length > 1 ? a[1] : "../shared/data/fashion-mnist");
    Engine.start();
    Engine.setThreads(1);
    Engine.setBlasThreads(blas);
    Examples train = Examples.of(data.train());
    RunConfig config = Latent.vae(data.shape()).hidden(400).latentDim(20).conditional(10).config(data);
    LatentModel model = (LatentModel) config.newModel();
    Objective objective = ((ElboConfig) config.objective()).build();
    Adam adam = new Adam(model.parameters(), 1e-3);
    RandomSource noise = RandomSource.seeded(1);
    // (rows, inner, columns) of each product: trunk 784->400, heads 410->40, decoder 30->400->784
    long[][] forward = {{B, 784, 400}, {B, 410, 40}, {B, 30, 400}, {B, 400, 784}};
    double flops = 0;
    for (long[] p : forward) flops += 2.0 * p[0] * p[1] * p[2] * 2; // forward and weight gradient
    for (int i = 1; i < forward.length; i++) flops += 2.0 * forward[i][0] * forward[i][1] * forward[i][2]; // input gradients
    double[] floor = new double[1], parts = new double[4];
    for (int round = 0; round < 8; round++) {
      double f = products(forward);
      double[] p = steps(train, model, objective, adam, noise);
      double step = p[0] + p[1] + p[2] + p[3];
      System.out.printf("round %d: products %.3f ms; step %.3f ms (batch %.3f, forward+loss %.3f, backward %.3f, Adam %.3f): products %.0f%% of the step%n",
          round, f, step, p[0], p[1], p[2], p[3], 100 * f / step);
      if (round >= 2) {
        floor[0] += f / 6;
        for (int i = 0; i < 4; i++) parts[i] += p[i] / 6;
      }
    }
    double step = parts[0] + parts[1] + parts[2] + parts[3];
    System.out.printf("mean of rounds 2-7, %d OpenBLAS thread(s): products %.3f ms (%.1f GFLOP/s), step %.3f ms (%.0f images/s), products %.0f%% of the step%n",
        blas, floor[0], flops / floor[0] / 1e6, step, B * 1000 / step, 100 * floor[0] / step);
  }

  /** ms for the step's products on random matrices: x W^T, g^T x and (after the first layer) g W. */
  static double products(long[][] shapes) {
    try (PointerScope scope = new PointerScope()) {
      int n = shapes.length;
      org.bytedeco.pytorch.Tensor[] x = new org.bytedeco.pytorch.Tensor[n], w = new org.bytedeco.pytorch.Tensor[n], g = new org.bytedeco.pytorch.Tensor[n];
      for (int i = 0; i < n; i++) {
        x[i] = torch.randn(shapes[i][0], shapes[i][1]);
        w[i] = torch.randn(shapes[i][2], shapes[i][1]);
        g[i] = torch.randn(shapes[i][0], shapes[i][2]);
      }
      long t0 = System.nanoTime();
      for (int s = 0; s < N; s++) {
        try (PointerScope inner = new PointerScope()) {
          for (int i = 0; i < n; i++) {
            torch.mm(x[i], w[i].t());
            torch.mm(g[i].t(), x[i]);
            if (i > 0) torch.mm(g[i], w[i]);
          }
        }
      }
      return (System.nanoTime() - t0) / 1e6 / N;
    }
  }

  /** ms per step in its four parts, over N steps of strided rows. */
  static double[] steps(Examples train, LatentModel model, Objective objective, Adam adam, RandomSource noise) {
    long[] rows = new long[B];
    long[] t = new long[4];
    for (int s = 0; s < N; s++) {
      for (int r = 0; r < B; r++) rows[r] = (s * (long) B + r * 7L) % train.count();
      try (TensorScope scope = TensorScope.open()) {
        long t0 = System.nanoTime();
        Batch batch = train.batch(rows);
        long t1 = System.nanoTime();
        adam.zeroGrad();
        Loss loss = objective.loss(model, batch, s, noise);
        loss.perExample();
        long t2 = System.nanoTime();
        loss.value().backward();
        long t3 = System.nanoTime();
        adam.step();
        long t4 = System.nanoTime();
        t[0] += t1 - t0; t[1] += t2 - t1; t[2] += t3 - t2; t[3] += t4 - t3;
      }
    }
    return new double[] {t[0] / 1e6 / N, t[1] / 1e6 / N, t[2] / 1e6 / N, t[3] / 1e6 / N};
  }
}
