package dev.latent.nn;

import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers for named parameter maps: prefixing the names of parts when parts are composed. */
public final class Parameters {
    private Parameters() {}

    /** Adds {@code parts}' parameters to {@code into} as {@code prefix.name}. */
    public static void addAll(Map<String, Tensor> into, String prefix, Map<String, Tensor> parts) {
        for (Map.Entry<String, Tensor> entry : parts.entrySet()) {
            String name = prefix + "." + entry.getKey();
            if (into.putIfAbsent(name, entry.getValue()) != null) {
                throw new IllegalStateException("two parameters are named " + name);
            }
        }
    }

    /** {@code parts}' parameters as {@code prefix.name}, in a new ordered map. */
    public static Map<String, Tensor> prefixed(String prefix, Map<String, Tensor> parts) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        addAll(out, prefix, parts);
        return out;
    }

    /** The usual pair of an affine layer: {@code weight} then {@code bias}. */
    public static Map<String, Tensor> weightAndBias(Tensor weight, Tensor bias) {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        parameters.put("weight", weight);
        parameters.put("bias", bias);
        return parameters;
    }

    /** The total number of trainable values. */
    public static long count(Map<String, Tensor> parameters) {
        return parameters.values().stream().mapToLong(Tensor::numel).sum();
    }
}
