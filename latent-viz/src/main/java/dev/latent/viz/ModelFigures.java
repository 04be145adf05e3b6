package dev.latent.viz;

import dev.latent.data.Split;
import dev.latent.eval.Inference;
import dev.latent.model.ModelKind;
import dev.latent.nn.RandomSource;
import dev.latent.data.Examples;
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
        var model = trained.model();
        var likelihood = trained.config().objective().likelihood();
        var shape = trained.config().model().input();
        int d = trained.config().model().latentDim();
        int n = data.test().size();
        double[] codes = Inference.encodeMeans(model, Examples.images(data.test())).toDoubleArray();
        boolean vae = trained.config().model().kind() == ModelKind.VAE;
        Map<String, Figure> figures = new LinkedHashMap<>();

        int count = Math.min(RECONSTRUCTIONS, n);
        var originals = Examples.images(data.test().slice(0, count));
        float[] reconstructed = Inference.reconstructMeans(model, likelihood, originals);
        figures.put("reconstructions", new Figure(name + ": test images (odd rows) and reconstructions",
                Pictures.reconstructions(originals.toFloatArray(), reconstructed, count, shape, 8)));

        var prior = ModelPictures.priorOf(trained, data.train());
        float[] samples = Inference.decodeMeans(model, likelihood, prior.sample(SAMPLES, RandomSource.seeded(seed)));
        figures.put("samples", new Figure(name + ": samples, " + prior.describe(), Pictures.grid(samples, SAMPLES, shape, 8)));

        figures.put("scatter", new Figure(name + ": test means coloured by label",
                LatentPictures.scatter(name + " latent space", codes, n, d, data.test().hasLabels() ? data.test().labels() : null)));
        figures.put("linear", new Figure(name + ": linear interpolations between test codes", LatentPictures.interpolations(trained, codes, n, d, 4, 10, false)));
        if (vae) {
            figures.put("spherical", new Figure(name + ": spherical interpolations", LatentPictures.interpolations(trained, codes, n, d, 4, 10, true)));
        }
        figures.put("traversals", new Figure(name + ": traversals, one row per dimension (largest spread first), -3 to +3 "
                + (vae ? "prior standard deviations" : "standard deviations of the codes"), LatentPictures.traversals(trained, codes, n, d, 8, 9)));
        if (d == 2) {
            figures.put("manifold", new Figure(name + ": the 2-D manifold (codes spaced by the inverse Gaussian CDF)", LatentPictures.manifold(trained, 15)));
        }
        if (Files.isRegularFile(dir.resolve(TrainedModel.METRICS))) {
            figures.put("curves", new Figure(name + ": training curves", LatentPictures.trainingCurves(dir)));
        }
        return figures;
    }

    /** One sentence saying what the model is and how it was trained. */
    public static String describe(TrainedModel trained) {
        var m = trained.config().model();
        var o = trained.config().objective();
        return String.format("%s, %s, input %s, hidden %s, latent dimension %d%s; likelihood %s, beta %s; trained %d epochs on %s.",
                m.kind().id().toUpperCase(java.util.Locale.ROOT), m.architecture().id(), m.input(), m.hidden(), m.latentDim(),
                m.upsample() == null ? "" : ", channels " + m.channels() + ", upsampling " + m.upsample().id(),
                o.likelihood().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT), o.beta(),
                trained.config().training().epochs(), trained.config().data().source());
    }
}
