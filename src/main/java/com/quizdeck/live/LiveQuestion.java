package com.quizdeck.live;

import com.quizdeck.content.Question;
import java.util.List;

/**
 * A question of a game as everyone sees it.
 *
 * @param position    0-based place in the game
 * @param optionOrder the order in which options (choice questions) or items (ordering) are shown, as
 *                    indexes into the question's own lists; the same on the projector and every phone
 */
public record LiveQuestion(int position, Long questionId, Long versionId, Question question, int seconds,
        List<Integer> optionOrder, boolean skipped) {

    public LiveQuestion {
        optionOrder = List.copyOf(optionOrder);
    }
}
