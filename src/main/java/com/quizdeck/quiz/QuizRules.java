package com.quizdeck.quiz;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules a quiz's settings follow. The service enforces them; a form may show every problem at
 * once, next to its field, before it calls the service.
 */
public final class QuizRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TIME_LIMIT_MINUTES = 24 * 60;
    public static final int MAX_ATTEMPTS = 100;
    public static final int MAX_POINTS = 100;

    private QuizRules() {
    }

    /**
     * Every problem of these settings, by field name (the names of {@link QuizSettings}' components),
     * in form order; empty when they are fine. Class and deck are checked only for being chosen.
     *
     * @param deckQuestionCount questions in the chosen deck now
     */
    public static Map<String, String> problems(QuizSettings s, long deckQuestionCount) {
        var problems = new LinkedHashMap<String, String>();
        if (s.classId() == null) {
            problems.put("classId", "Choose a class.");
        }
        if (s.deckId() == null) {
            problems.put("deckId", "Choose a deck.");
        } else if (deckQuestionCount == 0) {
            problems.put("deckId", "This deck has no questions yet.");
        }
        var title = s.title() == null ? "" : s.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            problems.put("title", "Enter a title of 1 to " + MAX_TITLE + " characters.");
        }
        if (s.opensAt() == null) {
            problems.put("opensAt", "Enter when the quiz opens.");
        }
        if (s.opensAt() != null && s.closesAt() != null && !s.closesAt().isAfter(s.opensAt())) {
            problems.put("closesAt", "The quiz must close after it opens.");
        }
        if (s.timeLimitMinutes() != null && (s.timeLimitMinutes() < 1 || s.timeLimitMinutes() > MAX_TIME_LIMIT_MINUTES)) {
            problems.put("timeLimitMinutes",
                    "A time limit is 1 to " + MAX_TIME_LIMIT_MINUTES + " minutes; leave it empty for none.");
        }
        if (s.attemptsAllowed() != null && (s.attemptsAllowed() < 1 || s.attemptsAllowed() > MAX_ATTEMPTS)) {
            problems.put("attemptsAllowed", "Allow 1 to " + MAX_ATTEMPTS + " attempts; leave it empty for no limit.");
        }
        if (s.questionCount() != null && deckQuestionCount > 0
                && (s.questionCount() < 1 || s.questionCount() > deckQuestionCount)) {
            problems.put("questionCount",
                    "Draw 1 to " + deckQuestionCount + " questions: the deck has " + deckQuestionCount + ".");
        }
        if (s.feedbackTiming() == null) {
            problems.put("feedbackTiming", "Choose when students see feedback.");
        }
        if (s.pointsPerQuestion() < 1 || s.pointsPerQuestion() > MAX_POINTS) {
            problems.put("pointsPerQuestion", "Points per question are 1 to " + MAX_POINTS + ".");
        }
        return problems;
    }
}
