package dev.latent.viz;

import dev.latent.data.Split;
import dev.latent.eval.LatentReport;
import dev.latent.store.TrainedModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Models side by side on one self-contained HTML page: every number in one table, each picture next to the others'. */
public final class ComparisonPage {
    private ComparisonPage() {}

    /**
     * The comparison page of {@code models}, each evaluated on the split {@code dataFor} gives it
     * (the caller checks its shape and sets up the engine for the model there).
     */
    public static void write(List<Path> models, Function<TrainedModel, Split> dataFor, int importanceSamples, int samples, long seed, Path out)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("measure"));
        List<List<String>> rows = null;
        List<Map<String, HtmlReport.Figure>> figures = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (Path dir : models) {
            TrainedModel trained = TrainedModel.load(dir);
            Split split = dataFor.apply(trained);
            LatentReport numbers = LatentReport.of(trained.model(), trained.likelihood(), split, dir, importanceSamples, samples, seed);
            String name = dir.getFileName().toString();
            header.add(name);
            descriptions.add(name + ": " + ModelFigures.describe(trained));
            List<List<String>> own = ReportNumbers.rows(numbers);
            if (rows == null) {
                rows = new ArrayList<>();
                for (List<String> row : own) {
                    rows.add(new ArrayList<>(List.of(row.get(0))));
                }
            }
            for (int i = 0; i < own.size(); i++) {
                rows.get(i).add(own.get(i).get(1));
            }
            figures.add(ModelFigures.of(name, trained, dir, split, seed));
        }
        HtmlReport page = new HtmlReport("latent compare: " + String.join(" vs ", header.subList(1, header.size())));
        descriptions.forEach(page::paragraph);
        page.heading("Numbers (per image; nats unless named; same test data and seeds)");
        page.table(header, rows);
        page.heading("Pictures, side by side");
        for (String slot : ModelFigures.SLOTS) {
            List<HtmlReport.Figure> row = new ArrayList<>();
            for (Map<String, HtmlReport.Figure> own : figures) {
                if (own.containsKey(slot)) {
                    row.add(own.get(slot));
                }
            }
            if (!row.isEmpty()) {
                page.row(row);
            }
        }
        page.write(out);
    }
}
