package com.quizdeck.quiz;

import com.quizdeck.content.Question;
import com.quizdeck.grading.NoResponse;
import com.quizdeck.grading.Response;
import java.time.Instant;

/**
 * A question of an attempt as the attempt page shows it: the snapshot version, its shuffle, and
 * what is saved for it.
 *
 * @param response the saved answer in the question's own indexes ({@link NoResponse} when none)
 * @param version  the answer row's version, to send back with the next answer (two tabs)
 * @param feedback the result, once checked (feedback after each question); null otherwise
 */
public record AttemptItem(int position, Long questionId, Long versionId, Question question, Shuffle shuffle,
        boolean flagged, Response response, long version, Instant answeredAt, boolean checked, ReviewItem feedback) {

    public boolean answered() {
        return !(response instanceof NoResponse);
    }
}
