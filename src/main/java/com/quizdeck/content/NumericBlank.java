package com.quizdeck.content;

import java.util.List;

/**
 * A blank answered with a number.
 *
 * @param otherFeedback optional feedback for any number that matches none of the answers
 */
public record NumericBlank(List<NumericAnswer> answers, String otherFeedback) implements Blank {

    public NumericBlank {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    @Override
    public String kind() {
        return "numeric";
    }

    @Override
    public String correctAnswer() {
        return Blank.firstFullCredit(answers.stream().filter(a -> a.weight() == 100).map(NumericAnswer::describe).toList());
    }
}
