package com.quizdeck.grading;

import com.quizdeck.content.Question;
import com.quizdeck.content.TextFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Collects feedback texts, dropping the empty ones. */
final class Feedback {

    static final String NOT_ANSWERED = "Not answered";
    static final String ENTER_A_NUMBER = "Enter a number";

    private Feedback() {
    }

    /** The non-blank texts, in order. */
    static List<String> of(@Nullable String... texts) {
        return Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
    }

    /** The specific texts followed by the question's general feedback. */
    static List<String> withGeneral(Question question, List<String> specific) {
        var all = new ArrayList<>(specific);
        all.addAll(of(question.generalFeedback()));
        return all;
    }

    static List<String> withGeneral(Question question, @Nullable String... specific) {
        return withGeneral(question, of(specific));
    }

    static String plain(List<String> texts) {
        return texts.stream().map(t -> TextFormat.split(t, TextFormat.PLAIN).text().strip())
                .collect(Collectors.joining("\n"));
    }
}
