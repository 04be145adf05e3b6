package dev.latent.objective;

import dev.latent.nn.CrossEntropy;

import dev.latent.nn.Tensor;

/**
 * Independent Bernoulli pixels with probability sigmoid(logit): {@code -log p(x|z) = sum BCE(x,
 * sigmoid(l))}, computed from the logits in the stable form {@code max(l,0) - l x + log(1 +
 * exp(-|l|))}. For grey values in [0, 1] it is the usual continuous relaxation (as in the
 * PyTorch recipe), so it is a cross-entropy, not a normalised density.
 */
public record Bernoulli() implements Likelihood {
    @Override
    public Tensor negativeLogLikelihood(Tensor logits, Tensor x) {
        return CrossEntropy.binaryWithLogits(logits, x).sumPerRow();
    }

    @Override
    public Tensor negativeLogLikelihoodSum(Tensor logits, Tensor x) {
        return CrossEntropy.binaryWithLogitsSum(logits, x);
    }

    @Override
    public Tensor mean(Tensor logits) {
        return logits.sigmoid();
    }
}
