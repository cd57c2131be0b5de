package com.quizdeck.live;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The games' writes, each in its own short transaction. Package-private: only the service calls it. */
@Component
@RequiredArgsConstructor
class LiveStore {

    private final LiveSessionRepository sessions;
    private final LiveQuestionRepository questions;
    private final LivePlayerRepository players;
    private final LiveAnswerRepository answers;
    private final ApplicationEventPublisher events;

    /** A new game and its questions (question id, version id, seconds), in play order. */
    @Transactional
    LiveSessionRow create(LiveSessionRow row, List<long[]> plan) {
        var saved = sessions.save(row);
        for (int i = 0; i < plan.size(); i++) {
            var p = plan.get(i);
            questions.save(new LiveQuestionRow(saved.getId(), i, p[0], p[1], (int) p[2]));
        }
        return saved;
    }

    @Transactional
    void savePhase(Long sessionId, Phase p) {
        sessions.saveState(sessionId, p.state(), p.index(), p.paused(), p.openedAt(), p.deadline(),
                p.state() == LiveState.OPEN && p.paused() ? p.remainingMs() : null, p.endedAt());
    }

    /** Skipping a question: its answers stay in the report but no longer count. Then the next phase. */
    @Transactional
    void skip(Long sessionId, int position, Phase next) {
        questions.markSkipped(sessionId, position);
        answers.uncount(sessionId, position);
        savePhase(sessionId, next);
    }

    @Transactional
    LivePlayerRow savePlayer(LivePlayerRow row) {
        return players.save(row);
    }

    @Transactional
    void setStatus(Long playerId, PlayerStatus status) {
        players.setStatus(playerId, status);
    }

    /** The answer and the event for the flashcard scheduler, in one transaction: committed before the ack. */
    @Transactional
    void saveAnswer(LiveAnswerRow row, LiveAnswerGraded event) {
        answers.save(row);
        events.publishEvent(event);
    }

    /** The end of a game: its phase, every player's final score and rank, and the event for the dashboard. */
    @Transactional
    void end(Long sessionId, Phase p, List<Standing> standings, LiveSessionEnded event) {
        savePhase(sessionId, p);
        for (var s : standings) {
            players.setFinal(s.playerId(), s.score(), s.rank());
        }
        events.publishEvent(event);
    }

    @Transactional(readOnly = true)
    boolean codeTaken(String code) {
        return sessions.existsByJoinCode(code);
    }
}
