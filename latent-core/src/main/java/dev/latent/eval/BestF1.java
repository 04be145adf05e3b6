package dev.latent.eval;

/**
 * The threshold with the highest F1 on labelled rows, over the candidates that give every
 * distinct flagging: the midpoint between each two consecutive distinct scores, and one just below
 * the lowest score (every row flagged). Flagging nothing (F1 = 0) is never better than flagging
 * every row when some row is anomalous, so it is no candidate. O(n log n).
 *
 * @param threshold the chosen threshold: rows with {@code score > threshold} are flagged
 * @param confusion what the threshold gives on the rows it was chosen on
 */
record BestF1(double threshold, Confusion confusion) {

    /**
     * Of equally good candidates the highest threshold, the one flagging fewest rows.
     *
     * @param ranked rows with at least one anomalous
     */
    static BestF1 of(RankedScores ranked) {
        int best = -1;
        double bestF1 = -1;
        for (int k = 0; k < ranked.size(); k++) {
            long tp = ranked.truePositives[k];
            double f1 = Confusion.f1(tp, ranked.falsePositives[k], ranked.anomalousCount - tp);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = k;
            }
        }
        long tp = ranked.truePositives[best];
        long fp = ranked.falsePositives[best];
        Confusion confusion = new Confusion(tp, fp, ranked.normalCount - fp, ranked.anomalousCount - tp);
        return new BestF1(candidate(ranked, best), confusion);
    }

    /** The candidate that flags the rows of step k, those scoring at least {@code distinct[k]}. */
    private static double candidate(RankedScores ranked, int k) {
        double lowestFlagged = ranked.distinct[k];
        if (k == ranked.size() - 1) {
            // Below the minimum: the largest double under it, so that every row (bar one at -inf) is flagged.
            return Math.nextDown(lowestFlagged);
        }
        double highestUnflagged = ranked.distinct[k + 1];
        // Halves first: no overflow between -MAX_VALUE and MAX_VALUE.
        double midpoint = highestUnflagged / 2 + lowestFlagged / 2;
        // Between adjacent doubles (or next to an infinite score) the midpoint rounds onto an end; the
        // lower end still flags exactly these rows under score > threshold.
        return midpoint >= highestUnflagged && midpoint < lowestFlagged ? midpoint : highestUnflagged;
    }
}
