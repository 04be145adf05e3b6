package dev.latent.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in Debian's chromium against the AE and VAE of {@link ExploreFixture}: it loads clean,
 * draws its points, and a click, a slider, a prior draw and an interpolation each change what both
 * linked panels show. Writes target/explore.png (and -Dlatent.screenshot=FILE, for the README).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExploreBrowserIT {
    private static ChromeDriver browser;

    @BeforeAll
    static void open() {
        browser = Browser.start();
        browser.get(ExploreFixture.uri("/").toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> "true".equals(browser.executeScript("return document.body.dataset.ready")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void loadsWithoutErrorsAndDrawsThePoints() {
        assertThat(panels()).hasSize(2);
        for (int m = 0; m < 2; m++) {
            long coloured = (Long) browser.executeScript("""
                const c = document.querySelector('[data-model="' + arguments[0] + '"] canvas.map');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let p = 0; p < d.length; p += 4) if (d[p + 3] > 0 && (d[p] < 200 || d[p + 1] < 200 || d[p + 2] < 200)) n++;
                return n;""", m);
            assertThat(coloured).as("coloured pixels of map %d", m).isGreaterThan(ExploreFixture.POINTS);
        }
        assertThat(errors()).isEmpty();
    }

    @Test
    @Order(2)
    void aClickOffTheDataDecodesInBothLinkedPanels() {
        List<String> before = decodedImages();
        WebElement map = browser.findElement(By.cssSelector("[data-model='0'] canvas.map"));
        new Actions(browser).moveToElement(map, 200, -200).click().perform(); // near the top-right corner: off the data
        List<String> after = waitForNewImages(before);
        assertThat(after.get(0)).isNotEqualTo(before.get(0));
        assertThat(after.get(1)).isNotEqualTo(before.get(1));
    }

    @Test
    @Order(3)
    void aSliderChangesBothDecodedImages() {
        List<String> before = decodedImages();
        browser.executeScript("""
            const input = document.querySelector('[data-model="1"] input[data-dim="0"]');
            input.value = '3'; input.dispatchEvent(new Event('input'));""");
        List<String> after = waitForNewImages(before);
        assertThat(after).doesNotContainAnyElementsOf(before);
    }

    @Test
    @Order(4)
    void priorDrawsDecodeInBoth() {
        List<String> before = decodedImages();
        browser.findElement(By.id("prior")).click();
        assertThat(waitForNewImages(before)).doesNotContainAnyElementsOf(before);
    }

    @Test
    @Order(5)
    void twoPickedImagesInterpolateInBothWithThePathOnTheMap() throws Exception {
        for (int i : new int[] {3, 17}) {
            List<?> xy = (List<?>) browser.executeScript("const m = panels[0].map; return m.toScreen(m.x[arguments[0]], m.y[arguments[0]]);", i);
            WebElement map = browser.findElement(By.cssSelector("[data-model='0'] canvas.map"));
            int x = (int) Math.round(((Number) xy.get(0)).doubleValue()) - 210;
            int y = (int) Math.round(((Number) xy.get(1)).doubleValue()) - 210;
            new Actions(browser).moveToElement(map, x, y).click().perform();
        }
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> browser.findElement(By.id("interpolate")).isEnabled());
        browser.findElement(By.id("interpolate")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> frames("[data-model='1'] .path.slerp") == 9);
        assertThat(frames("[data-model='0'] .path.linear")).isEqualTo(9);
        assertThat(frames("[data-model='1'] .path.linear")).isEqualTo(9);
        assertThat(frames("[data-model='0'] .path.slerp")).as("an AE has no spherical path").isZero();
        assertThat((Long) browser.executeScript("return panels[0].map.path.length")).isEqualTo(9);
        assertThat(errors()).isEmpty();
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path target = Path.of("target", "explore.png");
        Files.write(target, png);
        String copy = System.getProperty("latent.screenshot");
        if (copy != null) {
            Files.copy(target, Path.of(copy), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    @Order(6)
    void zoomingRedrawsTheMapAndReportsItsFrameTimes() {
        WebElement map = browser.findElement(By.cssSelector("[data-model='0'] canvas.map"));
        for (int k = 0; k < 10; k++) {
            browser.executeScript("arguments[0].dispatchEvent(new WheelEvent('wheel', {deltaY: arguments[1], clientX: 300, clientY: 300}))", map,
                    k % 2 == 0 ? -120 : 100);
        }
        List<?> times = (List<?>) browser.executeScript("return window.latentStats.drawMs()");
        assertThat(times).hasSizeGreaterThan(10);
        double worst = times.stream().mapToDouble(t -> ((Number) t).doubleValue()).max().orElseThrow();
        System.out.printf("explore map redraw, %d points: worst of %d frames %.1f ms%n", ExploreFixture.POINTS, times.size(), worst);
        assertThat(errors()).isEmpty();
    }

    private static List<?> panels() {
        return browser.findElements(By.cssSelector("div.model"));
    }

    private static long frames(String row) {
        return browser.findElements(By.cssSelector(row + " canvas.frame")).size();
    }

    private static List<String> decodedImages() {
        return browser.findElements(By.cssSelector("canvas.decoded")).stream()
                .map(c -> (String) browser.executeScript("return arguments[0].toDataURL()", c)).toList();
    }

    /** The decoded images once both have been drawn anew (each panel keeps one decode in flight). */
    private static List<String> waitForNewImages(List<String> before) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> {
            List<String> now = decodedImages();
            return now.get(0).equals(before.get(0)) || now.get(1).equals(before.get(1)) ? null : now;
        });
    }

    private static List<String> errors() {
        List<?> page = (List<?>) browser.executeScript("return window.latentErrors");
        List<String> all = new java.util.ArrayList<>(Browser.severeConsole(browser));
        page.forEach(e -> all.add(String.valueOf(e)));
        return all;
    }
}
