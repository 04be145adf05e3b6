package dev.latent.viz;

import dev.latent.data.Split;
import dev.latent.store.TrainedModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Table models side by side on their test rows: the ELBO's terms and the default score's ROC AUC
 * and AP, each column's reconstruction nats, and the latent maps.
 */
public final class TableComparison {
    private TableComparison() {}

    /**
     * One model to compare.
     *
     * @param dir its model directory
     * @param labelNames the label text of each class, or null
     * @param anomalyLabel the label of anomalies, or null
     */
    public record Entry(Path dir, List<String> labelNames, String anomalyLabel) {}

    public static void write(List<Entry> models, Function<Path, Split> dataFor, Path out) throws IOException {
        List<String> header = new ArrayList<>(List.of("measure"));
        List<String> columnHeader = new ArrayList<>(List.of("column (nats per row)"));
        List<List<String>> numbers = null;
        List<List<String>> columns = null;
        List<HtmlReport.Figure> maps = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (Entry entry : models) {
            TrainedModel trained = TrainedModel.load(entry.dir());
            Split split = dataFor.apply(entry.dir());
            TableReport.Measured m = TableReport.measure(trained, split, entry.labelNames(), entry.anomalyLabel());
            String name = entry.dir().getFileName().toString();
            header.add(name);
            columnHeader.add(name);
            descriptions.add(name + ": " + ModelFigures.describe(trained) + " Test split: " + split.test().size() + " rows.");
            numbers = merge(numbers, m.numbers());
            columns = merge(columns, TableReport.perColumn(m.names(), m.columns(), split.test().size(), null));
            maps.add(new HtmlReport.Figure(name, m.map()));
        }
        HtmlReport html = new HtmlReport("latent compare: " + models.size() + " table models");
        descriptions.forEach(html::paragraph);
        html.heading("Numbers");
        html.table(header, numbers);
        html.heading("Reconstruction per column, all test rows");
        html.table(columnHeader, columns);
        html.heading("Latent maps of the test rows");
        html.row(maps);
        html.write(out);
    }

    /** Adds one model's values as a column; rows are matched by their first cell (a missing one reads "-"). */
    private static List<List<String>> merge(List<List<String>> table, List<List<String>> own) {
        if (table == null) {
            List<List<String>> fresh = new ArrayList<>();
            own.forEach(row -> fresh.add(new ArrayList<>(row)));
            return fresh;
        }
        int width = table.get(0).size();
        for (List<String> row : table) {
            row.add(own.stream().filter(o -> o.get(0).equals(row.get(0))).map(o -> o.get(1)).findFirst().orElse("-"));
        }
        for (List<String> row : own) {
            if (table.stream().noneMatch(t -> t.get(0).equals(row.get(0)))) {
                List<String> added = new ArrayList<>(List.of(row.get(0)));
                for (int i = 1; i < width; i++) {
                    added.add("-");
                }
                added.add(row.get(1));
                table.add(added);
            }
        }
        return table;
    }
}
