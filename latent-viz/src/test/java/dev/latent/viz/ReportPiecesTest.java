package dev.latent.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ReportPiecesTest {
    @Test
    void htmlEscapesUserTextAndReferencesNothingOutside() throws Exception {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        String html = new HtmlReport("<script>alert('x')</script>")
                .paragraph("a & b < c")
                .table(List.of("<th>"), List.of(List.of("\"quoted\"")))
                .image("caption <img src=x>", image)
                .render();
        assertThat(html).doesNotContain("<script>", "<img src=x>").contains("&lt;script&gt;", "a &amp; b &lt; c", "&quot;quoted&quot;");
        assertThat(html).doesNotContain("http://", "https://", "src=\"//", "href=");
        Matcher matcher = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(html);
        assertThat(matcher.find()).isTrue();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(matcher.group(1))));
        assertThat(decoded.getWidth()).isEqualTo(37);
        assertThat(decoded.getHeight()).isEqualTo(23);
    }

    @Test
    void chartsHaveTheAskedSizeAndAreNotBlank() {
        BufferedImage scatter = Charts.scatter(new double[] {0, 1, 2}, new double[] {1, 0, 2}, new int[] {0, 1, 1}, "t", "x", "y", 300, 200);
        Map<String, double[][]> series = new LinkedHashMap<>();
        series.put("a", new double[][] {{1, 2, 3}, {3, 1, 2}});
        BufferedImage lines = Charts.lines("t", "x", "y", series, 320, 240);
        for (BufferedImage image : List.of(scatter, lines)) {
            int background = image.getRGB(image.getWidth() / 2, 2);
            boolean varied = false;
            for (int y = 0; y < image.getHeight() && !varied; y++) {
                for (int x = 0; x < image.getWidth() && !varied; x++) {
                    varied = image.getRGB(x, y) != background;
                }
            }
            assertThat(varied).isTrue();
        }
        assertThat(scatter.getWidth()).isEqualTo(300);
        assertThat(lines.getHeight()).isEqualTo(240);
    }

    @Test
    void normalQuantileMatchesKnownValues() {
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959963985, within(1e-8));
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0, within(1e-12));
        assertThat(NormalQuantile.of(0.01)).isCloseTo(-2.326347874, within(1e-8));
        assertThat(NormalQuantile.of(0.2)).isCloseTo(-NormalQuantile.of(0.8), within(1e-12));
    }
}
