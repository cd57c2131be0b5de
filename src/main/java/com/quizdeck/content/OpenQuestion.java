package com.quizdeck.content;

/**
 * A free-text answer read by a teacher, not graded automatically.
 *
 * @param guidance optional: what a good answer contains (for graders and the flashcard back)
 */
public record OpenQuestion(QuestionHeader header, String guidance) implements Question {

    @Override
    public QuestionType type() {
        return QuestionType.OPEN;
    }

    @Override
    public OpenQuestion withHeader(QuestionHeader newHeader) {
        return new OpenQuestion(newHeader, guidance);
    }

    @Override
    public FlashcardFace flashcardFace() {
        return Faces.card(header, guidance);
    }
}
