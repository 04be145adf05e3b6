package dev.latent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's resident memory from {@code /proc/self/status} (Linux): native tensors do not
 * show in the Java heap, so RSS is the honest measure. NaN where /proc is not available.
 */
public final class ProcessMemory {
    private ProcessMemory() {}

    /** Current resident set size, MB (VmRSS). */
    public static double residentMb() {
        return field("VmRSS:");
    }

    /** Peak resident set size so far, MB (VmHWM). */
    public static double peakResidentMb() {
        return field("VmHWM:");
    }

    private static double field(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) / 1024.0; // kB
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
