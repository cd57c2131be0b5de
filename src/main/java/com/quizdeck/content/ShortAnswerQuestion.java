package com.quizdeck.content;

import java.util.List;

/**
 * Type a word or phrase. Answers carry weights and may use Moodle's {@code *} wildcard.
 *
 * @param caseSensitive     "Paris" and "paris" differ (default {@code false})
 * @param accentInsensitive "Pyongyang" accepts "Pyóngyang" (default {@code false})
 * @param forgiveTypo       one wrong, missing or extra letter still counts (default {@code false})
 */
public record ShortAnswerQuestion(QuestionHeader header, List<TextAnswer> answers, boolean caseSensitive,
        boolean accentInsensitive, boolean forgiveTypo) implements Question {

    public ShortAnswerQuestion {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_ANSWER;
    }

    @Override
    public ShortAnswerQuestion withHeader(QuestionHeader newHeader) {
        return new ShortAnswerQuestion(newHeader, answers, caseSensitive, accentInsensitive, forgiveTypo);
    }

    @Override
    public FlashcardFace flashcardFace() {
        return Faces.card(header, Faces.plainLines(format(),
                answers.stream().filter(a -> a.weight() == 100).map(TextAnswer::text).toList()));
    }
}
