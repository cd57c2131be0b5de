package com.quizdeck.content;

/**
 * A statement that is true or false.
 *
 * @param feedbackTrue  optional, shown to students who answered "true"
 * @param feedbackFalse optional, shown to students who answered "false"
 */
public record TrueFalseQuestion(QuestionHeader header, boolean answer, String feedbackTrue, String feedbackFalse)
        implements Question {

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }

    @Override
    public TrueFalseQuestion withHeader(QuestionHeader newHeader) {
        return new TrueFalseQuestion(newHeader, answer, feedbackTrue, feedbackFalse);
    }

    @Override
    public FlashcardFace flashcardFace() {
        return Faces.card(header, answer ? "True" : "False");
    }
}
