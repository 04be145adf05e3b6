package dev.latent.viz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.eval.LatentReport;
import dev.latent.io.Json;
import java.util.ArrayList;
import java.util.List;

/** A {@link LatentReport} as JSON keys and as table rows, in one place so every command agrees. */
public final class ReportNumbers {
    private ReportNumbers() {}

    public static ObjectNode json(String kind, LatentReport r) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("model", kind);
        node.put("images", r.evaluation().images());
        node.put("reconstruction_nats", r.evaluation().reconstructionNats());
        node.put("kl_nats", r.evaluation().klNats());
        node.put("negative_elbo_nats", r.evaluation().negativeElboNats());
        node.put("bits_per_dim", r.bitsPerDim());
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
        node.put("active_units", r.activeUnits());
        putOrNull(node, "probe_accuracy", r.probeAccuracy());
        putOrNull(node, "knn_accuracy", r.knnAccuracy());
        putOrNull(node, "sample_mean_max_probability", r.sampleMeanMaxProbability());
        putOrNull(node, "sample_class_entropy_nats", r.sampleClassEntropyNats());
        putOrNull(node, "sample_frechet_distance", r.sampleFrechetDistance());
        node.put("sample_nearest_train_distance", r.sampleNearestTrainDistance());
        node.put("test_nearest_train_distance", r.testNearestTrainDistance());
        node.put("interpolation_smoothness", r.interpolationSmoothness());
        node.put("prior_coverage", r.priorCoverage());
        node.put("samples", r.samples());
        return node;
    }

    /** {name, value} rows for a human: units in the names. */
    public static List<List<String>> rows(LatentReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("negative ELBO (nats/image)", f(r.evaluation().negativeElboNats())));
        rows.add(List.of("reconstruction (nats/image)", f(r.evaluation().reconstructionNats())));
        rows.add(List.of("KL (nats/image)", f(r.evaluation().klNats())));
        rows.add(List.of("bits per dimension (from -ELBO)", f(r.bitsPerDim())));
        rows.add(List.of("NLL, IWAE K=" + r.importanceSamples() + " (nats/image)", f(r.nllNats())));
        rows.add(List.of("active units", Integer.toString(r.activeUnits())));
        rows.add(List.of("linear probe accuracy", f(r.probeAccuracy())));
        rows.add(List.of("5-NN label agreement", f(r.knnAccuracy())));
        rows.add(List.of("samples: mean top class probability", f(r.sampleMeanMaxProbability())));
        rows.add(List.of("samples: class histogram entropy (nats)", f(r.sampleClassEntropyNats())));
        rows.add(List.of("samples: Frechet distance (classifier features)", f(r.sampleFrechetDistance())));
        rows.add(List.of("samples: distance to nearest training image", f(r.sampleNearestTrainDistance())));
        rows.add(List.of("test images: distance to nearest training image", f(r.testNearestTrainDistance())));
        rows.add(List.of("interpolation smoothness (mean sq. change/pixel)", String.format("%.5f", r.interpolationSmoothness())));
        rows.add(List.of("prior coverage", f(r.priorCoverage())));
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
