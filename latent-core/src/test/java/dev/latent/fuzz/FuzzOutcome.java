package dev.latent.fuzz;

import dev.latent.InvalidInputException;

/** What a parser may do with hostile bytes: succeed, or refuse with one clear line. Anything else is a finding. */
final class FuzzOutcome {
    private FuzzOutcome() {}

    static void acceptOrRefuse(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidInputException e) {
            if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                throw new AssertionError("a refusal must be one non-empty line, got: " + e.getMessage(), e);
            }
        }
    }
}
