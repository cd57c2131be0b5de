package com.quizdeck.quiz;

import com.quizdeck.content.Question;
import com.quizdeck.content.QuestionType;
import com.quizdeck.grading.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the item analysis of one quiz needs, read with a constant number of statements: the questions that
 * appeared in its attempts (each at the latest version shown, in deck order) and every finished attempt with the
 * answer given to each question. For the dashboard module; see {@link QuizResultsService#quizResults}.
 *
 * @param questionCount questions drawn per attempt, or null when every attempt gets every question
 * @param attempts      submitted attempts, by student and attempt number
 */
public record QuizResults(Long quizId, String title, Long classId, String className, Long deckId,
        int pointsPerQuestion, Integer questionCount, List<Item> questions, List<FinishedAttempt> attempts) {

    public QuizResults {
        questions = List.copyOf(questions);
        attempts = List.copyOf(attempts);
    }

    /** A question of the quiz, at the latest version any attempt showed. */
    public record Item(Long questionId, Long versionId, QuestionType type, Question question) {
    }

    /**
     * A submitted attempt.
     *
     * @param score    points earned (auto-graded questions only)
     * @param maxScore points possible
     * @param answers  by question id: the questions this attempt was given
     */
    public record FinishedAttempt(Long attemptId, Long studentId, String studentName, int attemptNo,
            Instant startedAt, Instant submittedAt, double score, double maxScore, Map<Long, Answer> answers) {

        public double percent() {
            return maxScore == 0 ? 0 : 100.0 * score / maxScore;
        }
    }

    /**
     * One question of an attempt.
     *
     * @param fraction the grade fraction (0..1), null when unanswered or not graded
     * @param response what was answered (choice indexes are the question's own option order), null when unanswered
     */
    public record Answer(Long questionId, QuestionType type, Double fraction, Response response) {
    }
}
