package com.quizdeck.live;

import java.time.Instant;
import java.util.List;

/** The full record of a game, per player and per question, from the database. */
public record LiveReport(Long sessionId, String title, Instant createdAt, Instant endedAt, List<PlayerLine> players,
        List<QuestionLine> questions, List<AnswerLine> answers) {

    public LiveReport {
        players = List.copyOf(players);
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
    }

    public record PlayerLine(Long playerId, String name, boolean guest, int rank, int score, int answered,
            int correct) {
    }

    /** {@code averageFraction} and {@code averageMillis} over the answers given; 0 when none. */
    public record QuestionLine(int position, Long questionId, Long versionId, String prompt, boolean skipped,
            int answered, int correct, double averageFraction, long averageMillis) {
    }

    public record AnswerLine(int position, Long playerId, String playerName, String answerText, double fraction,
            int points, long answerMillis, boolean counted) {
    }
}
