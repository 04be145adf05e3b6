package dev.latent.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Tables made in tests, as the lines of a ';'-separated CSV file (for the other modules' tests too). */
public final class TableFiles {
    private TableFiles() {}

    /**
     * A header and {@code count} rows: b = 2a + noise and c follows the sign of a for normal rows;
     * about 5% anomalies are shifted off the line (b = 2a + 6) and take the other category (fault
     * 1), with a constant column (which training drops) and 3% of a missing ("NA").
     */
    public static List<String> faultRows(long seed, int count) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of("a;b;c;constant;fault"));
        for (int i = 0; i < count; i++) {
            boolean fault = random.nextDouble() < 0.05;
            double a = random.nextGaussian();
            double b = 2 * a + 0.1 * random.nextGaussian() + (fault ? 6 : 0);
            String c = (a > 0) != fault ? "up" : "down";
            String shownA = random.nextDouble() < 0.03 ? "NA" : String.format(Locale.ROOT, "%.3f", a);
            lines.add(shownA + ";" + String.format(Locale.ROOT, "%.3f", b) + ";" + c + ";7;" + (fault ? 1 : 0));
        }
        return lines;
    }
}
