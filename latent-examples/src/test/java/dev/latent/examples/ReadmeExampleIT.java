package dev.latent.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.api.Latent;
import dev.latent.api.Model;
import dev.latent.data.DataSources;
import dev.latent.data.Split;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's example (in target/, where failsafe starts this JVM) and checks what the
 * README says it does: an epoch line per epoch, the test numbers, a model directory that loads
 * back to the same model, codes of the model's latent dimension.
 */
class ReadmeExampleIT {
    private static final Pattern EPOCH = Pattern.compile("epoch (\\d+): test -ELBO (\\d+\\.\\d) nats/image");
    private static final Pattern TEST = Pattern.compile("test -ELBO (\\d+\\.\\d\\d) nats/image \\(reconstruction (\\d+\\.\\d\\d) \\+ KL (\\d+\\.\\d\\d)\\)");
    private static final Path SAVED = Path.of("runs/api");

    @Test
    void theExampleTrainsPrintsSavesAndLoadsAModel() throws IOException {
        deleteRecursively(SAVED); // a model left by an earlier run would hide a save that no longer happens
        List<String> printed = printedBy(() -> ReadmeExample.main(new String[0]));

        List<String> epochs = printed.stream().filter(line -> line.startsWith("epoch ")).toList();
        assertThat(epochs).as(String.join("\n", printed)).hasSize(10).allMatch(line -> EPOCH.matcher(line).matches());
        for (int i = 0; i < epochs.size(); i++) {
            assertThat(number(EPOCH, epochs.get(i), 1)).isEqualTo(i + 1);
        }
        Matcher test = matchingLine(TEST, printed);
        double negativeElbo = Double.parseDouble(test.group(1));
        // the last epoch's line is the same test split evaluated after training (printed to 0.1 and to 0.01)
        assertThat(number(EPOCH, epochs.get(9), 2)).isCloseTo(negativeElbo, within(0.056));

        assertThat(SAVED.resolve("config.json")).isRegularFile();
        assertThat(SAVED.resolve("model.safetensors")).isRegularFile();
        Model loaded = Latent.load(SAVED);
        assertThat(loaded.latentDim()).isEqualTo(20);
        Split data = DataSources.load("mnist-10k");
        float[][] codes = loaded.encode(data.test());
        assertThat(codes).hasNumberOfRows(data.test().size());
        assertThat(codes[0]).hasSize(loaded.latentDim());
        // saved and loaded: the same numbers as the model that printed them
        assertThat(loaded.evaluate(data.test()).negativeElboNats()).isCloseTo(negativeElbo, within(0.0051));
    }

    private static List<String> printedBy(Runnable example) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text.lines().toList();
    }

    private static Matcher matchingLine(Pattern pattern, List<String> lines) {
        for (String line : lines) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.matches()) {
                return matcher;
            }
        }
        throw new AssertionError("no line like '" + pattern + "' in:\n" + String.join("\n", lines));
    }

    private static double number(Pattern pattern, String line, int group) {
        Matcher matcher = pattern.matcher(line);
        assertThat(matcher.matches()).as(line).isTrue();
        return Double.parseDouble(matcher.group(group));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
