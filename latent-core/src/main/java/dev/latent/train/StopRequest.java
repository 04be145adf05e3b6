package dev.latent.train;

/**
 * A request to stop training cleanly, read by the training loop after each step, which then
 * writes a checkpoint and stops. The command line sets it on SIGINT (Ctrl-C) and SIGTERM.
 */
public final class StopRequest {
    private volatile String signal;
    private volatile int number;

    /** A request that {@link #request} sets (the command line calls it on SIGINT and SIGTERM). */
    public StopRequest() {}

    /** Asks training to stop after the current step. */
    public void request(String name, int signalNumber) {
        this.number = signalNumber;
        this.signal = name;
    }

    public boolean requested() {
        return signal != null;
    }

    /** The signal's name (INT, TERM), or null. */
    public String signal() {
        return signal;
    }

    /** The conventional exit code: 128 + the signal number (130 for INT, 143 for TERM). */
    public int exitCode() {
        return 128 + number;
    }
}
