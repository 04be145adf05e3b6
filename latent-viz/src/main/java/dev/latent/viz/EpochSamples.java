package dev.latent.viz;

import dev.latent.eval.Conditioning;
import dev.latent.eval.Inference;
import dev.latent.model.Generator;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.objective.Likelihood;
import dev.latent.train.TrainingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * After every epoch, the model's images of one fixed batch of z ~ N(0, I), as
 * {@code DIR/samples/epoch-NNN.png}: the same codes each epoch, so the pictures show how the
 * generator (a GAN's, or a VAE's decoder) changes as it trains.
 */
public final class EpochSamples implements TrainingListener {
    public static final String FOLDER = "samples";
    static final int COUNT = 64;

    private final Generator model;
    private final Likelihood likelihood;
    private final Path folder;
    private final Tensor z;

    public EpochSamples(Generator model, Likelihood likelihood, Path modelDir, long seed) {
        this.model = model;
        this.likelihood = likelihood;
        this.folder = modelDir.resolve(FOLDER);
        this.z = RandomSource.seeded(seed).standardNormal(COUNT, model.config().latentDim()); // fixed for the whole run
    }

    @Override
    public void onEpochEnd(EpochResult result) {
        float[] images = Inference.decodeMeans(model, likelihood, z, Conditioning.tensor(Conditioning.asked(model, COUNT)));
        try {
            ImageGrid.writePng(folder.resolve(String.format("epoch-%03d.png", result.epoch())), Pictures.grid(images, COUNT, model.config().input(), 8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the samples of epoch " + result.epoch() + " into " + folder + ": " + e.getMessage(), e);
        }
    }
}
