package dev.latent.cli;

import dev.latent.train.StopRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/** SIGINT (Ctrl-C) and SIGTERM ask training to stop cleanly; a second signal ends the process at once. */
final class Signals {
    private static final Logger LOG = LoggerFactory.getLogger(Signals.class);

    private Signals() {}

    /** A stop request that SIGINT and SIGTERM set. */
    static StopRequest stopRequest() {
        StopRequest request = new StopRequest();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), s -> {
                    if (request.requested()) {
                        Runtime.getRuntime().halt(128 + s.getNumber()); // second signal: the user means now
                    }
                    request.request(s.getName(), s.getNumber());
                });
            } catch (IllegalArgumentException e) {
                LOG.debug("cannot handle SIG{} here: {}", name, e.getMessage());
            }
        }
        return request;
    }
}
