package dev.latent.train;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * A request to stop training cleanly: set by SIGINT (Ctrl-C) or SIGTERM, read by the training
 * loop after each step, which then writes a checkpoint and stops. A second signal ends the
 * process at once.
 */
public final class StopRequest {
    private static final Logger LOG = LoggerFactory.getLogger(StopRequest.class);
    private volatile String signal;
    private volatile int number;

    /** A request that only {@link #request} sets (for the Java API and tests). */
    public StopRequest() {}

    /** A request that SIGINT and SIGTERM set. */
    public static StopRequest onSignals() {
        StopRequest request = new StopRequest();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), s -> request.receive(s.getName(), s.getNumber()));
            } catch (IllegalArgumentException e) {
                LOG.debug("cannot handle SIG{} here: {}", name, e.getMessage());
            }
        }
        return request;
    }

    private void receive(String name, int signalNumber) {
        if (signal != null) {
            Runtime.getRuntime().halt(128 + signalNumber); // second signal: the user means now
        }
        request(name, signalNumber);
    }

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
