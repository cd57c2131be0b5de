package com.quizdeck.content;

import java.util.List;

/**
 * Type a number; several answers may carry different weights.
 *
 * @param otherFeedback optional feedback for any number that matches none of the answers
 */
public record NumericQuestion(QuestionHeader header, List<NumericAnswer> answers, String otherFeedback)
        implements Question {

    public NumericQuestion {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }

    @Override
    public NumericQuestion withHeader(QuestionHeader newHeader) {
        return new NumericQuestion(newHeader, answers, otherFeedback);
    }

    @Override
    public FlashcardFace flashcardFace() {
        return Faces.card(header, Faces.plainLines(format(),
                answers.stream().filter(a -> a.weight() == 100).map(NumericAnswer::describe).toList()));
    }
}
