package com.quizdeck.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out unique ids within one deck: {@code base}, then {@code base-2}, {@code base-3}...
 * Remembers the next suffix per base, so that thousands of questions with the same base (all
 * unnamed "Q{T}") cost linear, not quadratic, time.
 */
public final class IdAllocator {

    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    public String allocate(String base) {
        if (used.add(base)) {
            return base;
        }
        int n = nextSuffix.getOrDefault(base, 2);
        while (!used.add(base + "-" + n)) {
            n++;
        }
        nextSuffix.put(base, n + 1);
        return base + "-" + n;
    }
}
