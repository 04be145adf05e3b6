package dev.latent.viz;

import dev.latent.data.ImageShape;
import dev.latent.data.Split;
import dev.latent.model.LatentModel;
import dev.latent.nn.Tensor;
import dev.latent.objective.Likelihood;
import dev.latent.eval.Conditioning;
import dev.latent.eval.Inference;
import dev.latent.model.ModelKind;
import dev.latent.nn.RandomSource;
import dev.latent.data.Examples;
import dev.latent.store.AdversarialConfig;
import dev.latent.store.ElboConfig;
import dev.latent.store.TrainedModel;
import dev.latent.viz.HtmlReport.Figure;
import dev.latent.viz.LatentPictures;
import dev.latent.viz.ModelPictures;
import dev.latent.viz.Pictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one model for the HTML pages, in a fixed order so pages can line them up. */
public final class ModelFigures {
    public static final int RECONSTRUCTIONS = 16;
    public static final int SAMPLES = 64;
    /** Every slot, in page order. */
    public static final java.util.List<String> SLOTS = java.util.List.of(
            "reconstructions", "samples", "scatter", "linear", "spherical", "traversals", "manifold", "curves");

    private ModelFigures() {}

    /** Figures by slot (reconstructions, samples, scatter, linear, spherical, traversals, manifold, curves), in that order. */
    public static Map<String, Figure> of(String name, TrainedModel trained, Path dir, Split data, long seed) throws IOException {
        var likelihood = trained.likelihood();
        var shape = trained.config().model().input();
        int d = trained.config().model().latentDim();
        Map<String, Figure> figures = new LinkedHashMap<>();
        var prior = ModelPictures.priorOf(trained, data.train());
        Tensor priorCodes = prior.sample(SAMPLES, RandomSource.seeded(seed));
        float[] samples = Inference.decodeMeans(trained.model(), likelihood, priorCodes, Conditioning.tensor(Conditioning.asked(trained.model(), SAMPLES)));
        if (trained.model() instanceof LatentModel model) {
            reconstructions(figures, name, model, likelihood, data, shape);
        }
        figures.put("samples", new Figure(name + ": samples, " + prior.describe(), Pictures.grid(samples, SAMPLES, shape, 8)));
        boolean autoencoder = trained.model() instanceof LatentModel;
        // an autoencoder's paths run between test codes; a GAN has none, so between prior samples
        double[] codes = autoencoder ? Inference.encodeMeans(trained.autoencoder(), Examples.images(data.test()),
                Conditioning.labels(trained.model(), data.test())).toDoubleArray() : priorCodes.toDoubleArray();
        int[] codeLabels = Conditioning.classes(trained.model()) > 0 ? data.test().labels() : null;
        int n = autoencoder ? data.test().size() : SAMPLES;
        String ends = autoencoder ? "test codes" : "prior samples";
        if (autoencoder) {
            figures.put("scatter", new Figure(name + ": test means coloured by label",
                    LatentPictures.scatter(name + " latent space", codes, n, d, data.test().hasLabels() ? data.test().labels() : null)));
        }
        boolean fromPrior = trained.config().model().kind() != ModelKind.AE; // a VAE's and a GAN's codes follow N(0, I)
        figures.put("linear", new Figure(name + ": linear interpolations between " + ends, LatentPictures.interpolations(trained, codes, codeLabels, n, d, 4, 10, false)));
        if (fromPrior) {
            figures.put("spherical", new Figure(name + ": spherical interpolations", LatentPictures.interpolations(trained, codes, codeLabels, n, d, 4, 10, true)));
        }
        figures.put("traversals", new Figure(name + ": traversals, one row per dimension (largest spread first), -3 to +3 "
                + (fromPrior ? "prior standard deviations" : "standard deviations of the codes"), LatentPictures.traversals(trained, codes, n, d, 8, 9)));
        if (d == 2) {
            figures.put("manifold", new Figure(name + ": the 2-D manifold (codes spaced by the inverse Gaussian CDF)", LatentPictures.manifold(trained, 15)));
        }
        if (Files.isRegularFile(dir.resolve(TrainedModel.METRICS))) {
            figures.put("curves", new Figure(name + ": training curves", LatentPictures.trainingCurves(dir)));
        }
        return figures;
    }

    private static void reconstructions(Map<String, Figure> figures, String name, LatentModel model, Likelihood likelihood, Split data,
            ImageShape shape) {
        int count = Math.min(RECONSTRUCTIONS, data.test().size());
        var first = data.test().slice(0, count);
        var originals = Examples.images(first);
        float[] reconstructed = Inference.reconstructMeans(model, likelihood, originals, Conditioning.labels(model, first));
        figures.put("reconstructions", new Figure(name + ": test images (odd rows) and reconstructions",
                Pictures.reconstructions(originals.toFloatArray(), reconstructed, count, shape, 8)));
    }

    /** One sentence saying what the model is and how it was trained. */
    public static String describe(TrainedModel trained) {
        var m = trained.config().model();
        String objective = trained.config().objective() instanceof ElboConfig elbo
                ? "likelihood " + elbo.likelihood().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ", beta " + elbo.beta()
                : "non-saturating GAN loss, " + ((AdversarialConfig) trained.config().objective()).discriminatorSteps()
                        + " discriminator step(s) per generator step";
        return String.format("%s, %s, input %s, hidden %s, latent dimension %d%s; %s; trained %d epochs on %s.",
                m.kind().id().toUpperCase(java.util.Locale.ROOT), m.architecture().id(), m.input(), m.hidden(), m.latentDim(),
                m.upsample() == null ? "" : ", channels " + m.channels() + ", upsampling " + m.upsample().id(),
                objective, trained.config().training().epochs(), trained.config().data().source());
    }
}
