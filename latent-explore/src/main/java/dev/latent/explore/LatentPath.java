package dev.latent.explore;

/**
 * Paths between two codes, {@code steps + 1} frames from a to b inclusive. Linear is
 * {@code (1 - t) a + t b}; spherical (slerp, White 2016) is
 * {@code sin((1 - t) w) / sin w * a + sin(t w) / sin w * b} with w the angle between a and b,
 * which keeps a path between two codes of typical norm away from the low-density centre of a
 * VAE's N(0, I) prior, where a straight line passes.
 */
enum LatentPath {
    LINEAR, SPHERICAL;

    static final int MAX_STEPS = 32;

    /** The frames, (steps + 1) x d row-major. */
    float[] frames(float[] a, float[] b, int steps) {
        int d = a.length;
        float[] out = new float[(steps + 1) * d];
        double omega = angle(a, b);
        for (int t = 0; t <= steps; t++) {
            double w = (double) t / steps;
            double wa = 1 - w;
            double wb = w;
            if (this == SPHERICAL && omega > 1e-6) {
                wa = Math.sin((1 - w) * omega) / Math.sin(omega);
                wb = Math.sin(w * omega) / Math.sin(omega);
            }
            for (int j = 0; j < d; j++) {
                out[t * d + j] = (float) (wa * a[j] + wb * b[j]);
            }
        }
        return out;
    }

    /** The angle between a and b in radians; 0 when either is the zero vector. */
    static double angle(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += (double) a[j] * b[j];
            na += (double) a[j] * a[j];
            nb += (double) b[j] * b[j];
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        return Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb))));
    }

    static LatentPath parse(String text) {
        return switch (text) {
            case "linear" -> LINEAR;
            case "slerp", "spherical" -> SPHERICAL;
            default -> throw new dev.latent.InvalidInputException("kind '" + text + "' is not a path; use linear or slerp");
        };
    }
}
