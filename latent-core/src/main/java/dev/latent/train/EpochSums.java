package dev.latent.train;

import dev.latent.objective.Terms;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Running sums over the batches of one epoch (each term per example times the batch's examples),
 * so that a resumed epoch reports the same numbers as an uninterrupted one.
 *
 * @param sums each term summed over the epoch's examples so far, by term name
 * @param images examples seen so far
 * @param trainSeconds time spent in training steps so far
 */
public record EpochSums(Map<String, Double> sums, long images, double trainSeconds) {
    public static final EpochSums EMPTY = new EpochSums(Map.of(), 0, 0);

    public EpochSums {
        sums = Collections.unmodifiableMap(new LinkedHashMap<>(sums));
    }

    /** These sums plus one batch of {@code batchImages} examples whose per-example terms are {@code terms}. */
    public EpochSums plus(Terms terms, long batchImages, double seconds) {
        Map<String, Double> next = new LinkedHashMap<>(sums);
        terms.values().forEach((name, value) -> next.merge(name, value * batchImages, Double::sum));
        return new EpochSums(next, images + batchImages, trainSeconds + seconds);
    }

    /** The epoch's terms so far, per example. */
    public Terms perExample() {
        Map<String, Double> values = new LinkedHashMap<>();
        sums.forEach((name, sum) -> values.put(name, images == 0 ? Double.NaN : sum / images));
        return new Terms(values);
    }

    /** Training throughput in examples per second (evaluation excluded). */
    public double samplesPerSecond() {
        return trainSeconds == 0 ? Double.NaN : images / trainSeconds;
    }
}
