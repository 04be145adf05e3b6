package dev.latent.model;

import dev.latent.InvalidInputException;

import java.util.List;

/**
 * How a model is built, checked when made and saved as JSON beside the weights.
 *
 * @param kind ae or vae
 * @param architecture how encoder and decoder are built
 * @param input the shape of one example (from the data, never hard-coded)
 * @param hidden hidden layer widths of the encoder; the decoder mirrors them
 * @param latentDim dimension d of the latent code z
 */
public record ModelConfig(ModelKind kind, Architecture architecture, ImageShape input, List<Integer> hidden, int latentDim) {
    public ModelConfig {
        if (kind == null || architecture == null || input == null || hidden == null) {
            throw new InvalidInputException("model config needs kind, architecture, input and hidden");
        }
        hidden = List.copyOf(hidden);
        for (int width : hidden) {
            if (width < 1 || width > 1_000_000) {
                throw new InvalidInputException("hidden widths must be between 1 and 1000000, got " + width);
            }
        }
        if (latentDim < 1 || latentDim > 100_000) {
            throw new InvalidInputException("latent dimension must be between 1 and 100000, got " + latentDim);
        }
    }
}
