package com.quizdeck.deck;

import com.quizdeck.content.RuleViolation;
import java.util.List;
import java.util.stream.Collectors;

/** Content that breaks a rule was refused, with every broken rule and the field it concerns. */
public class InvalidContentException extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public InvalidContentException(List<RuleViolation> violations) {
        super(violations.stream().map(v -> (v.path().isEmpty() ? "" : v.path() + ": ") + v.message())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidContentException(String path, String message) {
        this(List.of(new RuleViolation(path, message)));
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
