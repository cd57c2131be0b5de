package com.quizdeck.bank;

import com.quizdeck.content.QuestionType;

/** A question left out of an export, and why. */
public record SkippedQuestion(String deckId, String questionId, QuestionType type, String reason) {

    @Override
    public String toString() {
        return deckId + "/" + questionId + " (" + type.wireName() + "): " + reason;
    }
}
