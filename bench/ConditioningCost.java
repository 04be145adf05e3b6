import dev.latent.api.Latent;
import dev.latent.data.*;
import dev.latent.nn.*;
import dev.latent.store.RunConfig;
import dev.latent.train.*;
import dev.latent.model.*;
/**
 * What conditioning on labels costs one training step, in one JVM so that the host's drift falls on
 * both alike: a plain and a conditional dense VAE (784-400-20, batch 128) alternate, 200 steps each,
 * 12 rounds (the first 2 warm-up); prints ms per step and the ratio.
 *
 *   java -cp latent-cli/target/latent.jar bench/ConditioningCost.java [DATA]   (default ../shared/data/fashion-mnist)
 */
public class ConditioningCost {
  public static void main(String[] a) throws Exception {
    Split data = DataSources.load(a.length > 0 ? a[0] : "../shared/data/fashion-mnist");
    ThreadPlan.automatic(false).apply();
    Examples train = Examples.of(data.train());
    RunConfig plain = Latent.vae(data.shape()).hidden(400).latentDim(20).config(data);
    RunConfig cond = Latent.vae(data.shape()).hidden(400).latentDim(20).conditional(10).config(data);
    RunConfig[] configs = {plain, cond};
    TrainingStep[] steps = new TrainingStep[2];
    for (int i = 0; i < 2; i++) steps[i] = configs[i].objective().step(configs[i].newModel(), configs[i].training());
    RandomSource noise = RandomSource.seeded(1);
    StepGuard guard = new StepGuard() { public void afterLoss(long s, dev.latent.objective.Terms t) {} public void afterBackward(long s, java.util.Map<String, Tensor> p) {} };
    long[] rows = new long[128];
    double[] total = new double[2];
    for (int round = 0; round < 12; round++) {
      for (int i = 0; i < 2; i++) {
        long t0 = System.nanoTime();
        for (int s = 0; s < 200; s++) {
          for (int r = 0; r < 128; r++) rows[r] = (s * 128L + r) % 60000;
          try (TensorScope scope = TensorScope.open()) { steps[i].run(train.batch(rows), s, noise, guard); }
        }
        double ms = (System.nanoTime() - t0) / 1e6 / 200;
        if (round >= 2) total[i] += ms;
        System.out.printf("round %d %s %.3f ms/step%n", round, i == 0 ? "plain" : "cond", ms);
      }
    }
    System.out.printf("mean plain %.3f cond %.3f ms/step ratio %.3f%n", total[0] / 10, total[1] / 10, total[1] / total[0]);
  }
}
