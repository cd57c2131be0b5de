package com.quizdeck.content;

import java.util.List;

/**
 * Pick one option. Exactly one option is correct (weight 100); others may give partial credit.
 *
 * @param shuffle whether options are shown in random order (default {@code true})
 */
public record SingleChoiceQuestion(QuestionHeader header, List<Choice> options, boolean shuffle) implements Question {

    public SingleChoiceQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE_CHOICE;
    }

    @Override
    public SingleChoiceQuestion withHeader(QuestionHeader newHeader) {
        return new SingleChoiceQuestion(newHeader, options, shuffle);
    }

    @Override
    public FlashcardFace flashcardFace() {
        return Faces.card(header, Faces.lines(format(), options.stream().filter(Choice::correct).map(Choice::text).toList()));
    }
}
