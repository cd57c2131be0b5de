package com.quizdeck.deck;

import com.quizdeck.content.Question;

/** A question's content at one version, with the reference that names it. */
public record VersionedQuestion(QuestionRef ref, Question question) {
}
