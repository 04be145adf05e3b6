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

    /** The usual pair of an affine layer: {@code weight} then {@code bias}. */
    public static Map<String, Tensor> weightAndBias(Tensor weight, Tensor bias) {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        parameters.put("weight", weight);
        parameters.put("bias", bias);
        return parameters;
    }
}
