package com.quizdeck.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry per blank of a cloze question, in the order of {@code ClozeQuestion.blanks()}; {@code null} or blank
 * for a blank left empty. A text or numeric blank takes what was typed. A choice blank takes the index of the
 * picked option in {@code ChoiceBlank.options()}, written as a decimal number ({@code "2"}), because options have
 * no ids; {@link #choice(int)} writes it.
 */
public record ClozeResponse(List<@Nullable String> perBlank) implements Response {

    public ClozeResponse {
        perBlank = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(perBlank, "perBlank")));
    }

    public static ClozeResponse of(@Nullable String... perBlank) {
        return new ClozeResponse(Arrays.asList(perBlank));
    }

    /** The entry for a choice blank whose option {@code optionIndex} was picked. */
    public static String choice(int optionIndex) {
        return Integer.toString(optionIndex);
    }
}
