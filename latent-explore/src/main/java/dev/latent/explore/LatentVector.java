package dev.latent.explore;

import dev.latent.InvalidInputException;

/**
 * A latent vector as the page sends it: a JSON array of exactly {@code d} finite numbers, each within
 * {@link #LIMIT} (far outside any code the encoders give; a bound keeps the decoder away from overflow).
 * Parsed by hand, so no body can build more than {@code d} numbers.
 */
final class LatentVector {
    static final double LIMIT = 1e4;
    static final int MAX_CHARS = 64 * 1024;

    private LatentVector() {}

    static float[] parse(String body, int d) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("the body is empty; send a JSON array of " + d + " numbers");
        }
        if (body.length() > MAX_CHARS) {
            throw new InvalidInputException("the body has " + body.length() + " characters, more than " + MAX_CHARS);
        }
        String text = body.strip();
        if (!text.startsWith("[") || !text.endsWith("]")) {
            throw new InvalidInputException("the body is not a JSON array; send [z_0, ..., z_" + (d - 1) + "]");
        }
        String inner = text.substring(1, text.length() - 1).strip();
        String[] parts = inner.isEmpty() ? new String[0] : inner.split(",", d + 1);
        if (parts.length != d) {
            throw new InvalidInputException("the vector has " + (parts.length > d ? "more than " + d : parts.length) + " numbers; this model's latent space has " + d);
        }
        float[] z = new float[d];
        for (int j = 0; j < d; j++) {
            z[j] = number(parts[j].strip(), j);
        }
        return z;
    }

    private static float number(String text, int j) {
        if (text.isEmpty() || text.length() > 32 || !text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            throw new InvalidInputException("z_" + j + " is not a number");
        }
        double value = Double.parseDouble(text);
        if (!(Math.abs(value) <= LIMIT)) {
            throw new InvalidInputException("z_" + j + " = " + text + " is outside [-" + (int) LIMIT + ", " + (int) LIMIT + "]");
        }
        return (float) value;
    }
}
