package com.quizdeck.study;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts graded answers from quizzes and live sessions as reviews of the student's cards. Trusts its callers (the
 * event listeners of this module, {@link StudyService#recordAnswers} for the system): they say whose answers these
 * are.
 */
@Component
@RequiredArgsConstructor
@Slf4j
class AnswerReviews {

    private final StudentCardRepository cards;
    private final ReviewLogRepository reviews;
    private final CardReviewer reviewer;
    private final Clock clock;

    /**
     * Reviews each counted answer's card at its answer time, oldest first, creating cards the student has not seen
     * yet. An answer given before the card's last review (the student studied it between answering and submitting)
     * is reviewed at that last review instead, so that a card's history never runs backwards; FSRS then treats it as
     * a same-day review. An answer already counted (same source, id and question, e.g. a redelivered event) is
     * skipped: a live game sends its answers one by one under the game's id, a quiz attempt all at once.
     *
     * @return how many answers were counted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int record(ReviewSource source, Long sourceId, Long studentId, Long deckId, List<AnswerReview> answers) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(deckId, "deckId");
        if (!source.schedules() || source == ReviewSource.STUDY) {
            throw new IllegalArgumentException("answers come from quizzes or live sessions, not " + source);
        }
        Set<Long> already = sourceId == null ? Set.of()
                : new HashSet<>(reviews.questionsCounted(studentId, source, sourceId));
        var counted = answers.stream()
                .filter(a -> a.autoGraded() && a.answeredAt() != null && a.questionId() != null)
                .filter(a -> !already.contains(a.questionId()))
                .sorted(Comparator.comparing(AnswerReview::answeredAt))
                .toList();
        for (var answer : counted) {
            var card = cards.findByStudentIdAndQuestionId(studentId, answer.questionId())
                    .orElseGet(() -> cards.save(new StudentCard(studentId, deckId, answer.questionId(),
                            answer.versionId(), null, clock.instant())));
            var rating = ReviewRatings.forAnswer(answer.fraction(), answer.fast(), card.getState());
            var at = card.getLastReview() != null && answer.answeredAt().isBefore(card.getLastReview())
                    ? card.getLastReview() : answer.answeredAt();
            reviewer.review(card, rating, at, source, sourceId,
                    answer.versionId() != null ? answer.versionId() : card.getVersionId());
        }
        return counted.size();
    }
}
