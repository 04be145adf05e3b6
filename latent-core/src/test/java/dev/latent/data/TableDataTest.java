package dev.latent.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.table.CsvOptions;
import dev.latent.data.table.NumericTransform;
import dev.latent.data.table.SchemaOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableDataTest {
    @TempDir
    Path dir;

    @Test
    void theColumnsAreFittedOnTheTrainingRowsAloneAndEveryRowLandsInOneSplit() throws IOException {
        List<String> lines = new ArrayList<>(List.of("x,kind,label"));
        for (int i = 0; i < 200; i++) {
            boolean anomaly = i % 10 == 0;
            lines.add((anomaly ? 1000.5 + i : (i % 40) + 0.25) + ","+ (i % 3 == 0 ? "a" : "b") + "," + (anomaly ? "bad" : "ok"));
        }
        Path csv = dir.resolve("t.csv");
        Files.write(csv, lines);
        TableData.Prepared prepared = TableData.forTraining(csv.toString(),
                new TableData.Settings(CsvOptions.DEFAULT, null, new SchemaOptions("label", List.of(), 1000), 0.25, 3, 0.2, "bad"));
        Split split = prepared.split();
        assertThat(split.test().size()).isEqualTo(50);
        assertThat(split.train().size() + split.validation().size()).isLessThanOrEqualTo(150);
        int bad = prepared.plan().labels().indexOf("bad");
        assertThat(split.train().labels()).doesNotContain(bad);
        // the transform's mean is the mean of the x values of the training rows, recomputed from their encoded values
        NumericTransform x = (NumericTransform) prepared.columns().columns().get(0);
        TableRows rows = split.train().table();
        double sum = 0;
        for (int r = 0; r < rows.count(); r++) {
            sum += rows.values()[r * rows.width()] * x.std() + x.mean();
        }
        assertThat(sum / rows.count()).isCloseTo(x.mean(), within(1e-3));
        assertThat(x.mean()).as("no anomaly (x >= 1000) in the statistics").isLessThan(200);
        // the model's view of the same file is the same split
        Split again = TableData.forModel(csv.toString(), prepared.columns(), prepared.plan(), CsvOptions.DEFAULT);
        assertThat(again.test().features()).isEqualTo(split.test().features());
        assertThat(again.train().features()).isEqualTo(split.train().features());
    }
}
