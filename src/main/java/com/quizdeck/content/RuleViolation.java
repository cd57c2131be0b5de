package com.quizdeck.content;

/**
 * A broken content rule. {@code path} names the offending field the way the native format spells
 * it ({@code questions[2].options[0].weight}, 0-based), so that a reader can point at its line
 * and the editor at its input.
 */
public record RuleViolation(String path, String message) {

    RuleViolation under(String prefix) {
        return new RuleViolation(path.isEmpty() ? prefix : prefix + "." + path, message);
    }
}
