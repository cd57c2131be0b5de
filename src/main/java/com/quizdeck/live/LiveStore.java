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

    /**
     * Moves the stored game from {@code was} to {@code p}, only if it is still at {@code was} (state,
     * question, paused): with several nodes, the host's click and another node's deadline timer may race,
     * and exactly one of them wins.
     *
     * @throws LiveRefusedException (WRONG_STATE) when the stored game had already moved on
     */
    @Transactional
    void savePhase(Long sessionId, Phase was, Phase p) {
        int changed = sessions.saveState(sessionId, p.state(), p.index(), p.paused(), p.openedAt(), p.deadline(),
                p.state() == LiveState.OPEN && p.paused() ? p.remainingMs() : null, p.endedAt(),
                was.state(), was.index(), was.paused());
        if (changed != 1) {
            throw new LiveRefusedException(LiveRefusedException.Reason.WRONG_STATE,
                    "The game moved on in the meantime; look again and retry.");
        }
    }

    /** Skipping a question: its answers stay in the report but no longer count. Then the next phase. */
    @Transactional
    void skip(Long sessionId, int position, Phase was, Phase next) {
        questions.markSkipped(sessionId, position);
        answers.uncount(sessionId, position);
        savePhase(sessionId, was, next);
    }

    @Transactional
    LivePlayerRow savePlayer(LivePlayerRow row) {
        return players.save(row);
    }

    @Transactional
    void setStatus(Long playerId, PlayerStatus status) {
        players.setStatus(playerId, status);
    }

    /**
     * The answer and the event for the flashcard scheduler, in one transaction: committed before the ack.
     * With {@code checkStored} (several nodes) the stored game decides, under a shared lock on its row,
     * whether the question is still open: this node's copy may be a moment behind a host on another node.
     */
    @Transactional
    void saveAnswer(LiveAnswerRow row, LiveAnswerGraded event, boolean checkStored) {
        if (checkStored) {
            var s = sessions.findForAnswer(row.getSessionId()).orElseThrow();
            var at = row.getAnsweredAt();
            if (s.getState() != LiveState.OPEN || s.getCurrentIndex() != row.getPosition()) {
                throw new LiveRefusedException(LiveRefusedException.Reason.CLOSED, "Time is up: this question is closed.");
            }
            if (s.isPaused()) {
                throw new LiveRefusedException(LiveRefusedException.Reason.PAUSED, "The game is paused. Wait for your teacher.");
            }
            if (s.getDeadline() == null || !at.isBefore(s.getDeadline())) {
                throw new LiveRefusedException(LiveRefusedException.Reason.TOO_LATE,
                        "Time is up: your answer came after the deadline.");
            }
        }
        answers.save(row);
        events.publishEvent(event);
    }

    /** The end of a game, after its phase is stored: every player's final score and rank, and the event for the dashboard. */
    @Transactional
    void finish(List<Standing> standings, LiveSessionEnded event) {
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
