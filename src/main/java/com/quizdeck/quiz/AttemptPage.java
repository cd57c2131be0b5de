package com.quizdeck.quiz;

import java.time.Instant;
import java.util.List;

/**
 * An attempt to take: everything the attempt page needs to resume at the same place, with the
 * same questions, shuffle and saved answers.
 *
 * @param deadline  null when there is none
 * @param serverNow the server's time, so that a countdown does not depend on the device's clock
 */
public record AttemptPage(Long attemptId, Long quizId, String quizTitle, int attemptNo, AttemptState state,
        Instant deadline, Instant serverNow, FeedbackTiming feedbackTiming, boolean showsAnswers,
        int currentPosition, List<AttemptItem> items) {

    public AttemptPage {
        items = List.copyOf(items);
    }

    public long answeredCount() {
        return items.stream().filter(AttemptItem::answered).count();
    }

    public long flaggedCount() {
        return items.stream().filter(AttemptItem::flagged).count();
    }
}
