package dev.latent.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "## Java API" block is the code of {@link ReadmeExample}: its imports are the
 * file's imports, its statements the body of {@code main} between {@code // README:begin} and
 * {@code // README:end}, line by line once common indentation is removed.
 */
class ReadmeExampleTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path README = MODULE.resolve("../README.md");
    private static final Path EXAMPLE = MODULE.resolve("src/main/java/dev/latent/examples/ReadmeExample.java");

    @Test
    void theReadmeShowsTheExampleThatTheBuildCompilesAndRuns() throws IOException {
        List<String> block = javaBlockUnder("## Java API", Files.readAllLines(README));
        List<String> example = Files.readAllLines(EXAMPLE);
        List<String> differences = new ArrayList<>();
        differences.addAll(LineDiff.of("imports", imports(block), imports(example)));
        differences.addAll(LineDiff.of("statements", Snippets.dedent(statements(block)), Snippets.dedent(Snippets.between("// README:begin", "// README:end", example))));
        if (!differences.isEmpty()) {
            fail("README.md's Java API block (-) and " + MODULE.relativize(EXAMPLE) + " (+) differ:\n" + String.join("\n", differences)
                    + "\nChange both, or copy one into the other.");
        }
    }

    @Test
    void theComparisonSeesAChangedLineAndIgnoresIndentation() {
        List<String> readme = List.of("int a = 1;", "foo(a)", "    .bar();");
        List<String> indented = List.of("        int a = 1;", "        foo(a)", "            .bar();");
        assertThat(LineDiff.of("statements", Snippets.dedent(readme), Snippets.dedent(indented))).isEmpty();
        List<String> changed = List.of("        int a = 2;", "        foo(a)", "            .bar();");
        assertThat(LineDiff.of("statements", Snippets.dedent(readme), Snippets.dedent(changed)))
                .containsExactly("statements, line 1:", "- int a = 1;", "+ int a = 2;");
    }

    @Test
    void theBlockIsTheFirstJavaFenceUnderItsHeading() {
        List<String> markdown = List.of("## Other", "```java", "no();", "```", "## Java API", "text", "```sh", "mvn", "```",
                "```java", "import a.B;", "", "B.go();", "```", "```java", "later();", "```");
        List<String> block = javaBlockUnder("## Java API", markdown);
        assertThat(block).containsExactly("import a.B;", "", "B.go();");
        assertThat(imports(block)).containsExactly("import a.B;");
        assertThat(statements(block)).containsExactly("B.go();");
    }

    /** The lines of the first {@code ```java} block after {@code heading} (and before the next heading of its level). */
    static List<String> javaBlockUnder(String heading, List<String> markdown) {
        int at = markdown.indexOf(heading);
        assertThat(at).as("README.md has a line '%s'", heading).isNotNegative();
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        for (int i = at + 1; i < markdown.size() && !markdown.get(i).startsWith(level); i++) {
            if (markdown.get(i).strip().equals("```java")) {
                return Snippets.between(markdown.get(i), "```", markdown.subList(i, markdown.size()));
            }
        }
        throw new AssertionError("README.md has no ```java block under '" + heading + "'");
    }

    private static List<String> imports(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> line.startsWith("import ")).toList();
    }

    /** Everything but the imports, without the blank lines around it. */
    private static List<String> statements(List<String> block) {
        List<String> rest = block.stream().filter(line -> !line.strip().startsWith("import ")).toList();
        return Snippets.trimBlankLines(rest);
    }
}
