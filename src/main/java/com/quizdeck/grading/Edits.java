package com.quizdeck.grading;

/** Edit distance for typo forgiveness. */
final class Edits {

    private Edits() {
    }

    /**
     * Whether {@code a} becomes {@code b} with at most one edit: a character replaced, inserted or deleted, or two
     * neighbouring characters swapped (optimal string alignment distance; counted in code points).
     */
    static boolean withinOne(String a, String b) {
        return distance(a.codePoints().toArray(), b.codePoints().toArray(), 1) <= 1;
    }

    /** Optimal string alignment distance; {@code limit + 1} without computing when the lengths differ by more. */
    static int distance(int[] a, int[] b, int limit) {
        if (Math.abs(a.length - b.length) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length][b.length];
    }
}
