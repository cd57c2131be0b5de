package com.quizdeck.content;

import java.util.List;

/** A blank answered by picking one option; exactly one option is correct (weight 100). */
public record ChoiceBlank(List<Choice> options) implements Blank {

    public ChoiceBlank {
        options = options == null ? List.of() : List.copyOf(options);
    }

    @Override
    public String kind() {
        return "choice";
    }

    @Override
    public String correctAnswer() {
        return Blank.firstFullCredit(options.stream().filter(Choice::correct).map(Choice::text).toList());
    }
}
