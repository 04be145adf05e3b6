package dev.latent.viz;

import dev.latent.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * One self-contained HTML page: inline CSS, images embedded as base64 PNG, no external
 * references of any kind. Every piece of user text is escaped.
 */
public final class HtmlReport {
    private final StringBuilder body = new StringBuilder();
    private final String title;

    public HtmlReport(String title) {
        this.title = title;
    }

    public HtmlReport heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlReport paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    public HtmlReport table(List<String> header, List<List<String>> rows) {
        body.append("<table><tr>");
        header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(cell -> body.append("<td>").append(escape(cell)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** Figures side by side, each with a caption. */
    public HtmlReport row(List<Figure> figures) {
        body.append("<div class=\"row\">");
        for (Figure figure : figures) {
            body.append("<figure><img alt=\"").append(escape(figure.caption())).append("\" src=\"data:image/png;base64,")
                    .append(base64Png(figure.image())).append("\"><figcaption>").append(escape(figure.caption())).append("</figcaption></figure>");
        }
        body.append("</div>\n");
        return this;
    }

    public HtmlReport image(String caption, BufferedImage image) {
        return row(List.of(new Figure(caption, image)));
    }

    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>\n<style>"
                + "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}"
                + ".row{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}figure{margin:0}"
                + "figcaption{font-size:0.9em;color:#555;max-width:520px}img{image-rendering:pixelated}"
                + "</style></head><body>\n<h1>" + escape(title) + "</h1>\n" + body + "</body></html>\n";
    }

    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, render());
    }

    /** HTML-escapes &amp;, &lt;, &gt;, quotes and apostrophes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String base64Png(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image and its caption. */
    public record Figure(String caption, BufferedImage image) {}
}
