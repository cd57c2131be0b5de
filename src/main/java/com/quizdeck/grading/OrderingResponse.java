package com.quizdeck.grading;

import java.util.List;
import java.util.Objects;

/**
 * The order the student put the items of an ordering question in.
 *
 * @param itemIndexes indexes into {@code OrderingQuestion.items()} (which lists the items in the correct order),
 *                    first to last as the student placed them; each index exactly once
 */
public record OrderingResponse(List<Integer> itemIndexes) implements Response {

    public OrderingResponse {
        itemIndexes = List.copyOf(Objects.requireNonNull(itemIndexes, "itemIndexes"));
    }

    public static OrderingResponse of(Integer... itemIndexes) {
        return new OrderingResponse(List.of(itemIndexes));
    }
}
