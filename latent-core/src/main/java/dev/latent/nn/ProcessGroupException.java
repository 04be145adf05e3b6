package dev.latent.nn;

/** A process of a data-parallel run could not meet the others, or lost them (died, or silent past the timeout). */
public final class ProcessGroupException extends RuntimeException {
    public ProcessGroupException(String message, Throwable cause) {
        super(message, cause);
    }
}
