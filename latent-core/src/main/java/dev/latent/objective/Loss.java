package dev.latent.objective;

import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loss of one batch: the scalar that is differentiated, and the objective's named terms,
 * each summed over the batch (in the unit its name says).
 *
 * @param value the scalar to differentiate (a sum over the batch)
 * @param sums each term summed over the batch, by {@link Terms} name; must include {@link Terms#LOSS}
 * @param examples how many examples the sums run over
 */
public record Loss(Tensor value, Map<String, Tensor> sums, long examples) {
    public Loss {
        sums = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sums));
        if (!sums.containsKey(Terms.LOSS)) {
            throw new IllegalArgumentException("a loss names its " + Terms.LOSS + " term");
        }
    }

    /** The terms per example, read out of the tensors (one read per term). */
    public Terms perExample() {
        Map<String, Double> values = new LinkedHashMap<>();
        sums.forEach((name, sum) -> values.put(name, sum.item() / examples));
        return new Terms(values);
    }
}
