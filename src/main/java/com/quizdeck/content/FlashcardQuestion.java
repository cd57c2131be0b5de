package com.quizdeck.content;

/** A self-graded card; it has a front and a back instead of a prompt. */
public record FlashcardQuestion(QuestionHeader header, String front, String back) implements Question {

    @Override
    public QuestionType type() {
        return QuestionType.FLASHCARD;
    }

    @Override
    public FlashcardQuestion withHeader(QuestionHeader newHeader) {
        return new FlashcardQuestion(newHeader, front, back);
    }

    @Override
    public FlashcardFace flashcardFace() {
        return Faces.card(header, front, back);
    }
}
