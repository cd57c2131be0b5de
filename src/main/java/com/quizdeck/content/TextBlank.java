package com.quizdeck.content;

import java.util.List;

/** A blank answered by typing; graded like a short answer. */
public record TextBlank(List<TextAnswer> answers, boolean caseSensitive) implements Blank {

    public TextBlank {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    @Override
    public String kind() {
        return "text";
    }

    @Override
    public String correctAnswer() {
        return Blank.firstFullCredit(answers.stream().filter(a -> a.weight() == 100).map(TextAnswer::text).toList());
    }
}
