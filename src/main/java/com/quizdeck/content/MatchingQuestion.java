package com.quizdeck.content;

import java.util.List;

/**
 * Match each left item to its right answer; distractors are right-side answers that match nothing.
 */
public record MatchingQuestion(QuestionHeader header, List<MatchPair> pairs, List<String> distractors)
        implements Question {

    public MatchingQuestion {
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        distractors = distractors == null ? List.of() : List.copyOf(distractors);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    @Override
    public MatchingQuestion withHeader(QuestionHeader newHeader) {
        return new MatchingQuestion(newHeader, pairs, distractors);
    }

    @Override
    public FlashcardFace flashcardFace() {
        var format = format();
        var lines = pairs.stream()
                .map(pair -> format.convert(pair.left()) + " \u2192 " + format.convertFrom(TextFormat.PLAIN, pair.right()))
                .toList();
        return Faces.card(header, String.join(format.lineBreak(), lines));
    }
}
