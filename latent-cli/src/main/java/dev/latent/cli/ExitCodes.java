package dev.latent.cli;

/** Exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** An unexpected failure (a bug): the stack trace is printed. */
    public static final int FAILURE = 1;
    /** Bad input: a file, directory or option latent cannot use. */
    public static final int BAD_INPUT = 2;
    /** Training diverged: the loss became NaN or infinite. */
    public static final int DIVERGED = 3;
    /** An output file could not be written. */
    public static final int CANNOT_WRITE = 4;
    /** A GAN collapsed (or its discriminator won) and --stop-on-collapse was given. */
    public static final int COLLAPSED = 5;
    /** A process of a data-parallel run could not meet the others, or lost them. */
    public static final int PROCESSES_LOST = 6;
    /** The GPU ran out of memory. */
    public static final int OUT_OF_MEMORY = 7;

    private ExitCodes() {}
}
