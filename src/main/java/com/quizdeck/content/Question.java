package com.quizdeck.content;

import java.util.List;

/**
 * A question of any type. The permitted records are the whole model: a {@code switch} over a
 * {@code Question} is exhaustive, so adding a type makes every consumer (grading, export, the
 * editor) fail to compile until it handles the new type.
 */
public sealed interface Question permits SingleChoiceQuestion, MultipleResponseQuestion, TrueFalseQuestion,
        ShortAnswerQuestion, NumericQuestion, MatchingQuestion, OrderingQuestion, ClozeQuestion,
        FlashcardQuestion, OpenQuestion {

    QuestionHeader header();

    QuestionType type();

    /** The same question with other common fields (id, tags...). */
    Question withHeader(QuestionHeader header);

    /** The question as a flashcard: front = the question, back = its correct answer and explanation. */
    FlashcardFace flashcardFace();

    default String id() {
        return header().id();
    }

    default String title() {
        return header().title();
    }

    default TextFormat format() {
        return header().format();
    }

    default String prompt() {
        return header().prompt();
    }

    default String explanation() {
        return header().explanation();
    }

    default String source() {
        return header().source();
    }

    default List<String> tags() {
        return header().tags();
    }

    default String generalFeedback() {
        return header().generalFeedback();
    }
}
