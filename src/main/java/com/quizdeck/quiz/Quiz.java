package com.quizdeck.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A deck given to a class as a quiz. Class and deck are fixed; the settings can change. */
@Entity
@Table(name = "quiz")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "classroom_id", nullable = false)
    private Long classId;

    @Column(name = "deck_id", nullable = false)
    private Long deckId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "attempts_allowed")
    private Integer attemptsAllowed;

    @Column(name = "question_count")
    private Integer questionCount;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_timing", nullable = false, length = 30)
    private FeedbackTiming feedbackTiming;

    @Column(name = "points_per_question", nullable = false)
    private int pointsPerQuestion;

    @Column(name = "review_shows_answers", nullable = false)
    private boolean reviewShowsAnswers;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    Quiz(QuizSettings settings, Long createdBy, Instant now) {
        this.classId = settings.classId();
        this.deckId = settings.deckId();
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(settings, now);
    }

    /** New settings; the class and the deck stay (the service refuses a change of either). */
    void change(QuizSettings settings, Instant now) {
        apply(settings, now);
    }

    private void apply(QuizSettings s, Instant now) {
        this.title = s.title().strip();
        this.opensAt = s.opensAt();
        this.closesAt = s.closesAt();
        this.timeLimitMinutes = s.timeLimitMinutes();
        this.attemptsAllowed = s.attemptsAllowed();
        this.questionCount = s.questionCount();
        this.shuffleQuestions = s.shuffleQuestions();
        this.shuffleOptions = s.shuffleOptions();
        this.feedbackTiming = s.feedbackTiming();
        this.pointsPerQuestion = s.pointsPerQuestion();
        this.reviewShowsAnswers = s.reviewShowsAnswers();
        this.updatedAt = now;
    }

    /** Closes the quiz now (if it was not closed already); an upcoming quiz is thereby cancelled. */
    void close(Instant now) {
        if (closesAt == null || closesAt.isAfter(now)) {
            closesAt = now;
        }
        if (opensAt.isAfter(closesAt)) {
            opensAt = closesAt;
        }
        updatedAt = now;
    }

    QuizStatus statusAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return QuizStatus.UPCOMING;
        }
        return closesAt != null && !now.isBefore(closesAt) ? QuizStatus.CLOSED : QuizStatus.OPEN;
    }

    /** When the time limit of an attempt started at {@code start} runs out; null without a limit. */
    Instant timeLimitEnd(Instant start) {
        return timeLimitMinutes == null ? null : start.plus(Duration.ofMinutes(timeLimitMinutes));
    }

    QuizSettings settings() {
        return new QuizSettings(classId, deckId, title, opensAt, closesAt, timeLimitMinutes, attemptsAllowed,
                questionCount, shuffleQuestions, shuffleOptions, feedbackTiming, pointsPerQuestion,
                reviewShowsAnswers);
    }
}
