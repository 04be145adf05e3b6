package dev.latent;

/**
 * Input that latent cannot use: a missing or malformed file, an option out of range, a model
 * directory that disagrees with its config. The message is one line a user can act on: what is
 * wrong, where, and what to do. The command line prints it without a stack trace and exits 2.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
