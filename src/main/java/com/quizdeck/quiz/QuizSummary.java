package com.quizdeck.quiz;

/**
 * A quiz as its instructor's list shows it.
 *
 * @param deckQuestionCount questions in the deck now
 * @param studentsStarted   students who started at least one attempt
 * @param attemptsSubmitted attempts submitted so far (by students or by the deadline)
 */
public record QuizSummary(Long id, String className, String deckTitle, QuizSettings settings, QuizStatus status,
        long deckQuestionCount, long studentsStarted, long attemptsSubmitted) {

    public String title() {
        return settings.title();
    }
}
