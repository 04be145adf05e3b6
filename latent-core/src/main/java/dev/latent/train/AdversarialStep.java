package dev.latent.train;

import dev.latent.data.Batch;
import dev.latent.model.AdversarialNetwork;
import dev.latent.nn.Adam;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.objective.AdversarialLoss;
import dev.latent.objective.Terms;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One GAN step: {@code discriminatorSteps} updates of D, then one of G, each with its own Adam
 * (Goodfellow et al. 2014, Algorithm 1, with the non-saturating generator loss). As in the DCGAN
 * recipe and the PyTorch peer: G's images (sigmoid of its logits) are made once per step from
 * z ~ N(0, I); D is updated on them detached; G is then updated through the updated D. Each
 * further D step draws new z. Checkpoints hold {@code generator.*}, {@code discriminator.*} and
 * both optimizers' moments.
 */
public final class AdversarialStep implements TrainingStep {
    static final String D_STEPS = "adam_steps_discriminator";
    static final String G_STEPS = "adam_steps_generator";

    private final AdversarialNetwork gan;
    private final int discriminatorSteps;
    private final Map<String, Tensor> discriminatorParameters;
    private final Map<String, Tensor> generatorParameters;
    private final Adam discriminatorAdam;
    private final Adam generatorAdam;

    /**
     * @param discriminatorSteps D updates per G update, >= 1
     * @param beta1 Adam's first-moment decay (DCGAN: 0.5)
     * @param beta2 Adam's second-moment decay (0.999)
     */
    public AdversarialStep(AdversarialNetwork gan, int discriminatorSteps, double learningRate, double beta1, double beta2) {
        if (discriminatorSteps < 1) {
            throw new IllegalArgumentException("a GAN step updates the discriminator at least once, got " + discriminatorSteps);
        }
        this.gan = gan;
        this.discriminatorSteps = discriminatorSteps;
        this.discriminatorParameters = gan.discriminatorParameters();
        this.generatorParameters = gan.generatorParameters();
        this.discriminatorAdam = new Adam(discriminatorParameters, learningRate, beta1, beta2);
        this.generatorAdam = new Adam(generatorParameters, learningRate, beta1, beta2);
    }

    @Override
    public Terms run(Batch batch, long step, RandomSource noise, StepGuard guard) {
        long b = batch.size();
        int d = gan.config().latentDim();
        Tensor fake = gan.decode(noise.standardNormal(b, d)).sigmoid(); // (B, C, H, W) in [0, 1]
        Map<String, Double> values = new LinkedHashMap<>();
        for (int k = 0; k < discriminatorSteps; k++) {
            Tensor generated = fake;
            if (k > 0) {
                try (NoGrad noGrad = NoGrad.open()) {
                    generated = gan.decode(noise.standardNormal(b, d)).sigmoid();
                }
            }
            discriminatorAdam.zeroGrad();
            Tensor realLogits = gan.discriminate(batch.x());
            Tensor fakeLogits = gan.discriminate(generated.detach());
            Tensor loss = AdversarialLoss.discriminator(realLogits, fakeLogits);
            values.put(AdversarialLoss.DISCRIMINATOR, loss.item());
            values.put(AdversarialLoss.D_REAL, realLogits.sigmoid().mean().item());
            values.put(AdversarialLoss.D_FAKE, fakeLogits.sigmoid().mean().item());
            guard.afterLoss(step, new Terms(values));
            loss.backward();
            guard.afterBackward(step, discriminatorParameters);
            discriminatorAdam.step();
        }
        generatorAdam.zeroGrad();
        Tensor loss = AdversarialLoss.generator(gan.discriminate(fake));
        values.put(AdversarialLoss.GENERATOR, loss.item());
        Terms terms = new Terms(values);
        guard.afterLoss(step, terms);
        loss.backward();
        guard.afterBackward(step, generatorParameters);
        generatorAdam.step();
        return terms;
    }

    /** The GAN's losses are means over the batch. */
    @Override
    public boolean lossSumsOverExamples() {
        return false;
    }

    @Override
    public Map<String, Tensor> state() {
        Map<String, Tensor> state = new LinkedHashMap<>(gan.parameters());
        state.putAll(discriminatorAdam.state());
        state.putAll(generatorAdam.state());
        return state;
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of(D_STEPS, discriminatorAdam.steps(), G_STEPS, generatorAdam.steps());
    }

    @Override
    public void restoreCounters(Map<String, Long> counters) {
        if (!counters.containsKey(D_STEPS) || !counters.containsKey(G_STEPS)) {
            throw new IllegalArgumentException("a checkpoint of a GAN step holds " + D_STEPS + " and " + G_STEPS);
        }
        discriminatorAdam.restoreSteps(counters.get(D_STEPS));
        generatorAdam.restoreSteps(counters.get(G_STEPS));
    }
}
