package dev.latent.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run in this JVM through picocli, with its exit code and captured output. */
record Run(int code, String out, String err) {
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
