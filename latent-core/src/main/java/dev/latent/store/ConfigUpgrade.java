package dev.latent.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads config.json files of earlier formats as the current one: version 1 (before the
 * autoencoder variants) had no conditional models, no objective parts, no learned variance and no
 * early stopping, and
 * means exactly what version 2 says with those absent. A file of the current version is bound as
 * it is (every field required), so a typo still fails.
 */
final class ConfigUpgrade {
    private ConfigUpgrade() {}

    /** The tree of a config of any known version, as the current version writes it. */
    static JsonNode toCurrent(JsonNode tree) {
        if (!(tree instanceof ObjectNode config) || config.path("format_version").asInt(-1) != 1) {
            return tree; // the current version, or one the RunConfig refuses with its own message
        }
        config.put("format_version", RunConfig.FORMAT_VERSION);
        if (config.get("model") instanceof ObjectNode model) {
            model.put("condition_classes", 0);
        }
        if (config.get("objective") instanceof ObjectNode objective) {
            if (!objective.has("type") || "elbo".equals(objective.path("type").asText())) {
                objective.putNull("capacity");
                objective.putNull("corruption");
                objective.putNull("sparsity");
                objective.put("importance_samples", 1);
            }
            if (objective.get("likelihood") instanceof ObjectNode likelihood && "gaussian".equals(likelihood.path("type").asText())) {
                likelihood.put("learned", "fixed");
            }
        }
        if (config.get("training") instanceof ObjectNode training) {
            training.put("early_stop_patience", 0);
        }
        return config;
    }
}
