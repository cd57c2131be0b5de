package com.quizdeck.content;

import java.util.List;

/**
 * Pick any number of options. Weights are percentages (-100..100, Moodle style); the positive
 * ones sum to 100 and the score is the sum of the chosen weights, floored at 0.
 */
public record MultipleResponseQuestion(QuestionHeader header, List<Choice> options, boolean shuffle) implements Question {

    public MultipleResponseQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_RESPONSE;
    }

    @Override
    public MultipleResponseQuestion withHeader(QuestionHeader newHeader) {
        return new MultipleResponseQuestion(newHeader, options, shuffle);
    }

    @Override
    public FlashcardFace flashcardFace() {
        return Faces.card(header, Faces.lines(format(), options.stream().filter(o -> o.weight() > 0).map(Choice::text).toList()));
    }
}
