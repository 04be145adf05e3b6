package dev.latent.viz;

import dev.latent.data.Dataset;
import dev.latent.eval.Conditioning;
import dev.latent.eval.Inference;
import dev.latent.eval.Priors;
import dev.latent.model.LatentPrior;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.data.Examples;
import dev.latent.store.TrainedModel;
import java.io.IOException;
import java.nio.file.Path;

/** Reconstruction and sample pictures of a trained model, written as PNG. */
public final class ModelPictures {
    private ModelPictures() {}

    /** The first {@code count} images of {@code data} above their reconstructions (decoded posterior means). */
    public static void writeReconstructions(TrainedModel trained, Dataset data, int count, Path out) throws IOException {
        Dataset first = data.slice(0, count);
        Tensor originals = Examples.images(first);
        float[] reconstructions = Inference.reconstructMeans(trained.autoencoder(), trained.likelihood(), originals,
                Conditioning.labels(trained.model(), first));
        ImageGrid.writePng(out, Pictures.reconstructions(originals.toFloatArray(), reconstructions, count,
                trained.config().model().input(), Math.min(count, 16)));
    }

    /**
     * {@code count} images decoded from codes drawn from {@code prior}, in a square-ish grid; a
     * conditional model's ask for its classes in turn, one row per class.
     */
    public static void writeSamples(TrainedModel trained, LatentPrior prior, int count, long seed, Path out) throws IOException {
        int classes = Conditioning.classes(trained.model());
        if (classes == 0) {
            writeSamples(trained, prior, count, seed, null, (int) Math.ceil(Math.sqrt(count)), out);
            return;
        }
        int perClass = Math.max(1, count / classes);
        int[] labels = new int[perClass * classes];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i / perClass;
        }
        writeSamples(trained, prior, labels.length, seed, labels, perClass, out);
    }

    /**
     * {@code count} images decoded from codes drawn from {@code prior} with a conditional model's
     * {@code labels} (one per image; null for others), {@code columns} to a row.
     */
    public static void writeSamples(TrainedModel trained, LatentPrior prior, int count, long seed, int[] labels, int columns, Path out)
            throws IOException {
        Tensor z = prior.sample(count, RandomSource.seeded(seed));
        float[] images = Inference.decodeMeans(trained.model(), trained.likelihood(), z, Conditioning.tensor(labels));
        ImageGrid.writePng(out, Pictures.grid(images, count, trained.config().model().input(), columns));
    }

    /** The VAE's N(0, I), or for an AE a Gaussian fitted to its codes of {@code train}. */
    public static LatentPrior priorOf(TrainedModel trained, Dataset train) {
        return Priors.of(trained.model(), train);
    }
}
