package dev.latent.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latent.api.Latent;
import dev.latent.api.Model;
import dev.latent.data.Dataset;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every endpoint over HTTP against the model's own encode and decode through the Java API ({@link Latent#load}). */
class ExploreApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsBothModelsAsOneLinkedGroup() throws Exception {
        JsonNode models = ok(ExploreFixture.get("/api/models"));
        assertThat(models).hasSize(2);
        assertThat(models.get(0).get("kind").asText()).isEqualTo("AE");
        assertThat(models.get(1).get("kind").asText()).isEqualTo("VAE");
        assertThat(models.get(1).get("latentDim").asInt()).isEqualTo(4);
        assertThat(models.get(0).get("points").asInt()).isEqualTo(ExploreFixture.POINTS);
        assertThat(models.get(0).get("prior").asText()).contains("fitted");
        assertThat(models.get(0).get("linkGroup").asInt()).isEqualTo(models.get(1).get("linkGroup").asInt());
    }

    @Test
    void mapIsTheCodesOnTheirPrincipalPlane() throws Exception {
        for (int m = 0; m < 2; m++) {
            float[][] codes = codes(m == 0 ? ExploreFixture.ae() : ExploreFixture.vae());
            JsonNode map = ok(ExploreFixture.get("/api/models/" + m + "/map"));
            double[] mean = doubles(map.get("mean"));
            double[] axes = doubles(map.get("components"));
            assertThat(map.get("x")).hasSize(ExploreFixture.POINTS);
            assertThat(dot(axes, 0, axes, 0)).isCloseTo(1, within(1e-6));
            assertThat(dot(axes, 0, axes, 4)).isCloseTo(0, within(1e-6));
            double varianceX = 0;
            double varianceY = 0;
            for (int i = 0; i < ExploreFixture.POINTS; i++) {
                double u = 0;
                double v = 0;
                for (int j = 0; j < 4; j++) {
                    u += (codes[i][j] - mean[j]) * axes[j];
                    v += (codes[i][j] - mean[j]) * axes[4 + j];
                }
                assertThat(map.get("x").get(i).asDouble()).isCloseTo(u, within(1e-4));
                assertThat(map.get("y").get(i).asDouble()).isCloseTo(v, within(1e-4));
                varianceX += u * u;
                varianceY += v * v;
            }
            assertThat(varianceX).isGreaterThanOrEqualTo(varianceY);
            assertThat(map.get("labels").get(7).asInt()).isEqualTo(test().labels()[7]);
            JsonNode dims = ok(ExploreFixture.get("/api/models/" + m + "/map?x=z2&y=z0"));
            assertThat(dims.get("x").get(5).asDouble()).isCloseTo(codes[5][2], within(1e-5));
            assertThat(dims.get("y").get(5).asDouble()).isCloseTo(codes[5][0], within(1e-5));
        }
    }

    @Test
    void imageIsTheTestImageAndItsCode() throws Exception {
        float[][] codes = codes(ExploreFixture.vae());
        JsonNode image = ok(ExploreFixture.get("/api/models/1/images/42"));
        byte[] pixels = test().images().pixels();
        for (int p = 0; p < 784; p++) {
            assertThat(image.get("pixels").get(p).asInt()).isEqualTo(pixels[42 * 784 + p] & 0xff);
        }
        assertThat(image.get("label").asInt()).isEqualTo(test().labels()[42]);
        for (int j = 0; j < 4; j++) {
            assertThat(image.get("code").get(j).asDouble()).isCloseTo(codes[42][j], within(1e-5));
        }
    }

    @Test
    void decodeGivesTheModelsOwnMeanImage() throws Exception {
        float[] z = {0.5f, -1.25f, 2f, 0.1f};
        for (int m = 0; m < 2; m++) {
            Model model = Latent.load(m == 0 ? ExploreFixture.ae() : ExploreFixture.vae());
            JsonNode decoded = ok(ExploreFixture.post("/api/models/" + m + "/decode", Arrays.toString(z)));
            assertSamePixels(decoded.get("pixels"), 0, model.decode(new float[][] {z})[0]);
        }
    }

    @Test
    void priorDrawsAreReproducibleAndDecoded() throws Exception {
        Model vae = Latent.load(ExploreFixture.vae());
        JsonNode a = ok(ExploreFixture.get("/api/models/1/prior?seed=11"));
        JsonNode b = ok(ExploreFixture.get("/api/models/1/prior?seed=11"));
        JsonNode c = ok(ExploreFixture.get("/api/models/1/prior?seed=12"));
        assertThat(a.get("code")).isEqualTo(b.get("code"));
        assertThat(a.get("code")).isNotEqualTo(c.get("code"));
        float[] z = floats(a.get("code"));
        assertSamePixels(a.get("pixels"), 0, vae.decode(new float[][] {z})[0]);
        assertThat(ok(ExploreFixture.get("/api/models/0/prior")).get("prior").asText()).contains("fitted");
    }

    @Test
    void pathsRunBetweenTheTwoCodesAndAreDecoded() throws Exception {
        float[][] codes = codes(ExploreFixture.ae());
        Model ae = Latent.load(ExploreFixture.ae());
        JsonNode path = ok(ExploreFixture.get("/api/models/0/path?from=3&to=9&steps=4"));
        float[] frames = floats(path.get("codes"));
        assertThat(frames).hasSize(5 * 4);
        for (int j = 0; j < 4; j++) {
            assertThat(frames[j]).isCloseTo(codes[3][j], within(1e-5f));
            assertThat(frames[16 + j]).isCloseTo(codes[9][j], within(1e-5f));
            assertThat(frames[8 + j]).isCloseTo((codes[3][j] + codes[9][j]) / 2, within(1e-5f));
        }
        for (int t = 0; t <= 4; t++) {
            assertSamePixels(path.get("pixels"), t * 784, ae.decode(new float[][] {Arrays.copyOfRange(frames, t * 4, t * 4 + 4)})[0]);
        }
        JsonNode slerp = ok(ExploreFixture.get("/api/models/1/path?from=3&to=9&steps=4&kind=slerp"));
        assertThat(slerp.get("pixels")).hasSize(5 * 784);
    }

    @Test
    void numbersAreEvaluateFullsOnceReady() throws Exception {
        JsonNode numbers = ok(ExploreFixture.get("/api/models/1/numbers"));
        for (int tries = 0; !numbers.get("ready").asBoolean() && tries < 600; tries++) {
            Thread.sleep(100);
            numbers = ok(ExploreFixture.get("/api/models/1/numbers"));
        }
        assertThat(numbers.get("ready").asBoolean()).isTrue();
        float[][] codes = Latent.load(ExploreFixture.vae()).encode(ExploreFixture.data().test());
        int active = 0;
        for (int j = 0; j < 4; j++) {
            double mean = 0;
            for (float[] code : codes) {
                mean += code[j] / codes.length;
            }
            double variance = 0;
            for (float[] code : codes) {
                variance += (code[j] - mean) * (code[j] - mean) / codes.length;
            }
            active += variance > 0.01 ? 1 : 0;
        }
        assertThat(numbers.get("activeUnits").asInt()).isEqualTo(active);
        assertThat(numbers.get("priorCoverage").asDouble()).isBetween(0.0, 1.0);
        assertThat(numbers.get("interpolationSmoothness").asDouble()).isPositive();
    }

    @Test
    void thePageAndItsFilesComeFromTheJar() {
        HttpResponse<String> page = ExploreFixture.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/explore.js\"").doesNotContain("http://", "https://");
        assertThat(ExploreFixture.get("/explore.js").headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(ExploreFixture.get("/explore.js").body()).doesNotContain("http://", "https://");
    }

    private static void assertSamePixels(JsonNode pixels, int offset, float[] means) {
        for (int p = 0; p < means.length; p++) {
            int expected = Math.round(Math.max(0f, Math.min(1f, means[p])) * 255f);
            assertThat(pixels.get(offset + p).asInt()).as("pixel %d", p).isCloseTo(expected, within(1));
        }
    }

    private static float[][] codes(Path dir) {
        return Latent.load(dir).encode(test().slice(0, ExploreFixture.POINTS));
    }

    private static Dataset test() {
        return ExploreFixture.data().test();
    }

    static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static double dot(double[] a, int from, double[] b, int to) {
        double sum = 0;
        for (int j = 0; j < 4; j++) {
            sum += a[from + j] * b[to + j];
        }
        return sum;
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static float[] floats(JsonNode array) {
        double[] values = doubles(array);
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
