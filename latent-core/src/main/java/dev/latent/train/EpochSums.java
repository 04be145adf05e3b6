package dev.latent.train;

/**
 * Running sums over the batches of one epoch (nats summed over images), so that a resumed epoch
 * reports the same numbers as an uninterrupted one.
 */
public record EpochSums(double reconstruction, double kl, double loss, long images, double trainSeconds) {
    public static final EpochSums EMPTY = new EpochSums(0, 0, 0, 0, 0);

    public EpochSums plus(double reconstructionSum, double klSum, double lossSum, long batchImages, double seconds) {
        return new EpochSums(reconstruction + reconstructionSum, kl + klSum, loss + lossSum, images + batchImages, trainSeconds + seconds);
    }

    public double reconstructionNats() {
        return images == 0 ? Double.NaN : reconstruction / images;
    }

    public double klNats() {
        return images == 0 ? Double.NaN : kl / images;
    }

    public double lossNats() {
        return images == 0 ? Double.NaN : loss / images;
    }

    /** Training throughput in images per second (excluding evaluation). */
    public double samplesPerSecond() {
        return trainSeconds == 0 ? Double.NaN : images / trainSeconds;
    }
}
