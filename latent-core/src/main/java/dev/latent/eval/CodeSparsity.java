package dev.latent.eval;

/**
 * How sparse a set of codes is, two ways, each a share of the N x d code entries: {@code
 * nearZero}, entries with |z| below 5% of the codes' root mean square (scale-free, so a code that
 * is merely shrunk, with the decoder scaling it back up, does not count as sparse), and {@code
 * inactive}, entries whose activation sigmoid(z) is below 0.05 (what the KL-to-rho penalty
 * drives towards its target).
 *
 * @param nearZero share of entries with |z| &lt; 0.05 rms(z)
 * @param inactive share of entries with sigmoid(z) &lt; 0.05
 */
public record CodeSparsity(double nearZero, double inactive) {
    static final double RELATIVE = 0.05;
    static final double ACTIVATION = 0.05;

    /** The two shares for codes given row-major (any layout: every entry counts once). */
    public static CodeSparsity of(double[] codes) {
        if (codes.length == 0) {
            return new CodeSparsity(Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double z : codes) {
            squares += z * z;
        }
        double threshold = RELATIVE * Math.sqrt(squares / codes.length);
        int near = 0;
        int inactive = 0;
        for (double z : codes) {
            if (Math.abs(z) < threshold) {
                near++;
            }
            if (1 / (1 + Math.exp(-z)) < ACTIVATION) {
                inactive++;
            }
        }
        return new CodeSparsity((double) near / codes.length, (double) inactive / codes.length);
    }
}
