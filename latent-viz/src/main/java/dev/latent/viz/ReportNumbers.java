package dev.latent.viz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.eval.Evaluation;
import dev.latent.eval.LatentReport;
import dev.latent.eval.PrdcScores;
import dev.latent.eval.SampleReport;
import dev.latent.io.Json;
import java.util.ArrayList;
import java.util.List;

/** A {@link LatentReport} as JSON keys and as table rows, in one place so every command agrees. */
public final class ReportNumbers {
    private ReportNumbers() {}

    public static ObjectNode json(String kind, LatentReport r) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("model", kind);
        Evaluation evaluation = r.evaluation();
        if (evaluation != null) {
            node.put("images", evaluation.images());
            node.put("reconstruction_nats", evaluation.reconstructionNats());
            node.put("kl_nats", evaluation.klNats());
            node.put("negative_elbo_nats", evaluation.negativeElboNats());
        } else {
            node.putNull("negative_elbo_nats"); // a GAN has no likelihood: null, and the reason in the table
        }
        putOrNull(node, "bits_per_dim", r.bitsPerDim());
        putOrNull(node, "nll_nats", r.nllNats());
        node.put("importance_samples", r.importanceSamples());
        if (r.klPerDim() != null) {
            ArrayNode perDim = node.putArray("kl_per_dim");
            for (double value : r.klPerDim()) {
                perDim.add(value);
            }
        } else {
            node.putNull("kl_per_dim");
        }
        if (r.activeUnits() >= 0) {
            node.put("active_units", r.activeUnits());
        } else {
            node.putNull("active_units");
        }
        putOrNull(node, "probe_accuracy", r.probeAccuracy());
        putOrNull(node, "knn_accuracy", r.knnAccuracy());
        SampleReport samples = r.samples();
        putOrNull(node, "sample_mean_max_probability", samples.meanMaxProbability());
        putOrNull(node, "sample_class_entropy_nats", samples.classEntropyNats());
        putOrNull(node, "sample_frechet_distance", samples.frechetDistance());
        putOrNull(node, "sample_asked_label_share", samples.askedLabelShare());
        prdc(node, "sample_", samples.prdc());
        ObjectNode perClass = node.putObject("sample_prdc_per_class");
        samples.prdcPerClass().forEach((label, scores) -> prdc(perClass.putObject(Integer.toString(label)), "", scores));
        node.put("sample_nearest_train_distance", samples.sampleNearestTrainDistance());
        node.put("test_nearest_train_distance", samples.testNearestTrainDistance());
        node.put("interpolation_smoothness", r.interpolationSmoothness());
        putOrNull(node, "prior_coverage", r.priorCoverage());
        node.put("samples", samples.samples());
        return node;
    }

    private static void prdc(ObjectNode node, String prefix, PrdcScores scores) {
        putOrNull(node, prefix + "precision", scores == null ? Double.NaN : scores.precision());
        putOrNull(node, prefix + "recall", scores == null ? Double.NaN : scores.recall());
        putOrNull(node, prefix + "density", scores == null ? Double.NaN : scores.density());
        putOrNull(node, prefix + "coverage", scores == null ? Double.NaN : scores.coverage());
    }

    /** {name, value} rows for a human: units in the names; for a GAN the likelihood rows say why they are empty. */
    public static List<List<String>> rows(LatentReport r) {
        String none = r.evaluation() == null ? "none: a GAN has no likelihood" : null;
        String noEncoder = r.evaluation() == null ? "none: a GAN has no encoder" : null;
        SampleReport s = r.samples();
        PrdcScores p = s.prdc();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("negative ELBO (nats/image)", none != null ? none : f(r.evaluation().negativeElboNats())));
        rows.add(List.of("reconstruction (nats/image)", none != null ? none : f(r.evaluation().reconstructionNats())));
        rows.add(List.of("KL (nats/image)", none != null ? none : f(r.evaluation().klNats())));
        rows.add(List.of("bits per dimension (from -ELBO)", none != null ? none : f(r.bitsPerDim())));
        rows.add(List.of("NLL, IWAE K=" + r.importanceSamples() + " (nats/image)", none != null ? none : f(r.nllNats())));
        rows.add(List.of("active units", noEncoder != null ? noEncoder : Integer.toString(r.activeUnits())));
        rows.add(List.of("linear probe accuracy", noEncoder != null ? noEncoder : f(r.probeAccuracy())));
        rows.add(List.of("5-NN label agreement", noEncoder != null ? noEncoder : f(r.knnAccuracy())));
        rows.add(List.of("samples: mean top class probability", f(s.meanMaxProbability())));
        rows.add(List.of("samples: class histogram entropy (nats)", f(s.classEntropyNats())));
        rows.add(List.of("samples: Frechet distance (classifier features)", f(s.frechetDistance())));
        if (!Double.isNaN(s.askedLabelShare())) {
            rows.add(List.of("samples: share classified as the label asked for", f(s.askedLabelShare())));
        }
        rows.add(List.of("samples: precision / recall (k=3, classifier features)", p == null ? "n/a" : f(p.precision()) + " / " + f(p.recall())));
        rows.add(List.of("samples: density / coverage (k=5, classifier features)", p == null ? "n/a" : f(p.density()) + " / " + f(p.coverage())));
        rows.add(List.of("samples: distance to nearest training image", f(s.sampleNearestTrainDistance())));
        rows.add(List.of("test images: distance to nearest training image", f(s.testNearestTrainDistance())));
        rows.add(List.of("interpolation smoothness (mean sq. change/pixel)", String.format("%.5f", r.interpolationSmoothness())));
        rows.add(List.of("prior coverage", noEncoder != null ? noEncoder : f(r.priorCoverage())));
        return rows;
    }

    public static String f(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%.3f", value);
    }

    private static void putOrNull(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
