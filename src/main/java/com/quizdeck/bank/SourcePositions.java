package com.quizdeck.bank;

import com.quizdeck.content.RuleViolation;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a deck was written, keyed by the paths that {@link RuleViolation} uses
 * ({@code questions[2].options[0].weight}). Lets the content rules, which know nothing about
 * files, report at the right line.
 */
final class SourcePositions {

    private final Map<String, SourcePosition> byPath = new HashMap<>();
    private final SourcePosition fallback;

    SourcePositions(SourcePosition fallback) {
        this.fallback = fallback;
    }

    void put(String path, SourcePosition position) {
        byPath.putIfAbsent(path, position);
    }

    /** The position of {@code path}, or of its closest recorded ancestor. */
    SourcePosition find(String path) {
        var current = path;
        while (true) {
            var position = byPath.get(current);
            if (position != null) {
                return position;
            }
            if (current.isEmpty()) {
                return fallback;
            }
            current = parent(current);
        }
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** Whether one path is the other or lies inside it. */
    static boolean related(String a, String b) {
        return a.equals(b) || isInside(a, b) || isInside(b, a);
    }

    private static boolean isInside(String inner, String outer) {
        return outer.isEmpty() || inner.startsWith(outer) && inner.length() > outer.length()
                && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }
}
