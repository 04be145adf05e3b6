package dev.latent.io;

/** Helpers for user-facing error lines. */
final class Messages {

    private Messages() {}

    /**
     * Joins any line breaks into spaces: file names, tensor names and parser messages come from
     * outside, and the command line promises a single line per error.
     *
     * @param message the message
     * @return the message on one line
     */
    static String oneLine(String message) {
        return message.replaceAll("\\R+", " ");
    }
}
