package dev.latent.examples;

import dev.latent.api.Latent;
import dev.latent.api.Model;
import dev.latent.data.DataSources;
import dev.latent.data.Split;
import dev.latent.eval.Evaluation;
import dev.latent.objective.BetaSchedule;
import java.nio.file.Path;

/**
 * The README's "Java API" example, word for word between the README markers:
 * {@code ReadmeExampleTest} fails when the two differ, and {@code ReadmeExampleIT} runs it.
 */
public final class ReadmeExample {
    private ReadmeExample() {}

    public static void main(String[] args) {
        // README:begin
        Split data = DataSources.load("mnist-10k");
        Model vae = Latent.vae(data.shape())
                .hidden(400).latentDim(20)
                .beta(BetaSchedule.warmup(1.0, 1000))
                .epochs(10).seed(1)
                .onEpoch(e -> System.out.printf("epoch %d: test -ELBO %.1f nats/image%n", e.epoch(), e.metric("test_negative_elbo_nats")))
                .fit(data);
        Evaluation test = vae.evaluate(data.test());
        System.out.printf("test -ELBO %.2f nats/image (reconstruction %.2f + KL %.2f)%n",
                test.negativeElboNats(), test.reconstructionNats(), test.klNats());
        float[][] codes = vae.encode(data.test());   // posterior means: one row of 20 per test image
        float[][] samples = vae.sample(16, 1);       // 16 new images, C*H*W values in [0, 1]
        vae.save(Path.of("runs/api"));               // config.json + model.safetensors
        Model loaded = Latent.load(Path.of("runs/api"));
        // README:end
    }
}
