package dev.latent.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for failure messages: each run of changed lines as {@code "<label>, line N:"} (N
 * counted in the expected lines) followed by the expected lines ({@code "- "}) and the actual
 * ones ({@code "+ "}). Lines common to both are found as a longest common subsequence.
 */
final class LineDiff {
    private LineDiff() {}

    /** Nothing when the two are equal. */
    static List<String> of(String label, List<String> expected, List<String> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] common = new int[n + 1][m + 1]; // common[i][j]: LCS length of expected[i..] and actual[j..]
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = expected.get(i).equals(actual.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
                i++;
                j++;
                continue;
            }
            out.add(label + ", line " + (i + 1) + ":");
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            while ((i < n || j < m) && !(i < n && j < m && expected.get(i).equals(actual.get(j)))) {
                if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                    removed.add("- " + expected.get(i++));
                } else {
                    added.add("+ " + actual.get(j++));
                }
            }
            out.addAll(removed);
            out.addAll(added);
        }
        return out;
    }
}
