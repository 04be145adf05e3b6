package dev.latent;

/**
 * Input that latent cannot use: a missing or malformed file, an option out of range, a model
 * directory that disagrees with its config. The message is one line a user can act on: what is
 * wrong, where, and what to do, in the words of the Java API; the command line prints it without a
 * stack trace (naming its flag for {@link #parameter}) and exits 2.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public InvalidInputException(String message) {
        this(null, message, null);
    }

    public InvalidInputException(String message, Throwable cause) {
        this(null, message, cause);
    }

    private InvalidInputException(String parameter, String message, Throwable cause) {
        super(message, cause);
        this.parameter = parameter;
    }

    /**
     * A bad value of one named setting of the Java API ({@code learningRate}, {@code latentDim},
     * {@code channels}...): the command line names its own flag for it.
     */
    public static InvalidInputException of(String parameter, String message) {
        return new InvalidInputException(parameter, message, null);
    }

    /** The API setting the message is about, or null. */
    public String parameter() {
        return parameter;
    }
}
