package com.quizdeck.live;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.Role;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.QuestionRef;
import com.quizdeck.grading.Grader;
import com.quizdeck.grading.Response;
import com.quizdeck.live.LiveRefusedException.Reason;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.extern.slf4j.Slf4j;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live sessions: a host (instructor) runs a game from a deck; students and guests join with a code and
 * answer on their phones. Each game is one object in memory ({@link LiveGame}) that every screen follows
 * through {@link #watch}; its database copy is written before anything is acknowledged, so a restart
 * loses no accepted answer and the host resumes at the current question.
 *
 * <p>Host methods need the INSTRUCTOR or ADMIN role and the game to be the caller's (an admin may run
 * any). Player methods are open to guests: a player proves who they are with their {@link PlayerTicket}.
 * All times are the server's ({@link Clock}): an answer counts only for the open question, once, before
 * its deadline, and points for speed run from the question's opening to the answer's arrival.
 */
@Service
@Slf4j
public class LiveSessionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LiveGames games;
    private final LiveStore store;
    private final LiveSessionRepository sessions;
    private final LivePlayerRepository players;
    private final LiveAnswerRepository answers;
    private final LiveQuestionRepository questionRows;
    private final DeckService decks;
    private final Clock clock;
    private final Grader grader = new Grader();

    LiveSessionService(LiveGames games, LiveStore store, LiveSessionRepository sessions, LivePlayerRepository players,
            LiveAnswerRepository answers, LiveQuestionRepository questionRows, DeckService decks, Clock clock) {
        this.games = games;
        this.store = store;
        this.sessions = sessions;
        this.players = players;
        this.answers = answers;
        this.questionRows = questionRows;
        this.decks = decks;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ host

    /** Creates a game in the lobby from a deck the caller may use. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSessionSummary create(LiveSetup setup) {
        var deck = decks.summary(setup.deckId());
        var refs = decks.currentQuestions(setup.deckId());
        var content = decks.questionsAt(refs.stream().map(QuestionRef::versionId).toList());
        var byQuestion = refs.stream().collect(Collectors.toMap(QuestionRef::questionId, Function.identity()));
        var chosen = new ArrayList<QuestionRef>();
        if (setup.questionIds().isEmpty()) {
            refs.stream().filter(r -> LiveQuestions.playable(content.get(r.versionId()).question())).forEach(chosen::add);
        } else {
            for (var id : setup.questionIds()) {
                var ref = byQuestion.get(id);
                if (ref == null) {
                    throw new IllegalArgumentException("Question " + id + " is not in this deck.");
                }
                if (!LiveQuestions.playable(content.get(ref.versionId()).question())) {
                    throw new IllegalArgumentException("'" + ref.questionKey() + "' is a "
                            + ref.type().wireName().replace('_', ' ') + ", which a live game cannot grade.");
                }
                chosen.add(ref);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one question a live game can grade.");
        }
        if (setup.shuffle()) {
            Collections.shuffle(chosen, RANDOM);
        }
        var plan = new ArrayList<long[]>();
        for (var r : chosen) {
            int seconds = setup.seconds().getOrDefault(r.questionId(), setup.settings().secondsPerQuestion());
            seconds = Math.max(LiveSettings.MIN_SECONDS, Math.min(LiveSettings.MAX_SECONDS, seconds));
            plan.add(new long[] {r.questionId(), r.versionId(), seconds});
        }
        var row = store.create(new LiveSessionRow(newJoinCode(), CurrentUser.id(), deck.id(), deck.title(),
                setup.settings(), clock.instant()), plan);
        var list = new ArrayList<LiveQuestion>();
        for (int i = 0; i < chosen.size(); i++) {
            var q = content.get(chosen.get(i).versionId()).question();
            list.add(new LiveQuestion(i, chosen.get(i).questionId(), chosen.get(i).versionId(), q, (int) plan.get(i)[2],
                    LiveQuestions.optionOrder(q, LiveGames.seed(row.getId(), i)), false));
        }
        games.put(new LiveGame(row, list, Phase.lobby()));
        log.info("Live game {} ({}) created from deck {} with {} questions", row.getId(), row.getJoinCode(),
                deck.slug(), list.size());
        return new LiveSessionSummary(row.getId(), row.getJoinCode(), row.getTitle(), LiveState.LOBBY, list.size(), 0,
                row.getCreatedAt());
    }

    /** The caller's games, newest first. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<LiveSessionSummary> myGames() {
        return sessions.findByHostIdOrderByCreatedAtDesc(CurrentUser.id()).stream()
                .map(s -> new LiveSessionSummary(s.getId(), s.getJoinCode(), s.getTitle(), s.getState(),
                        (int) questionRows.countBySessionId(s.getId()), (int) players.countBySessionId(s.getId()),
                        s.getCreatedAt()))
                .toList();
    }

    /** The game as the host's screen shows it; loads it after a restart. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot hostView(Long sessionId) {
        return hosted(sessionId).snapshot();
    }

    /** Opens the first question. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot start(Long sessionId) {
        var game = hosted(sessionId);
        return change(game, () -> {
            var p = game.phase();
            if (p.state() != LiveState.LOBBY) {
                throw new LiveRefusedException(Reason.WRONG_STATE, "The game has already started.");
            }
            return openAt(game, 0);
        });
    }

    /** Closes the open question to answers now. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot lock(Long sessionId) {
        var game = hosted(sessionId);
        return change(game, () -> game.phase().lock());
    }

    /** Shows the correct answer; locks first if the question is still open. Scores then include it. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot reveal(Long sessionId) {
        var game = hosted(sessionId);
        return change(game, () -> {
            var p = game.phase();
            return (p.state() == LiveState.OPEN ? p.lock() : p).reveal();
        });
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot showLeaderboard(Long sessionId) {
        var game = hosted(sessionId);
        return change(game, () -> game.phase().leaderboard());
    }

    /** The next question, or the end (podium) after the last one. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot next(Long sessionId) {
        var game = hosted(sessionId);
        var p = game.phase();
        if (p.state() == LiveState.OPEN) {
            throw new LiveRefusedException(Reason.WRONG_STATE, "Lock the question first, or skip it.");
        }
        if (p.state() != LiveState.LOBBY && p.index() >= game.questions.size() - 1) {
            return end(sessionId);
        }
        return change(game, () -> {
            var now = game.phase();
            if (now.state() == LiveState.OPEN || now.state() == LiveState.ENDED) {
                throw new LiveRefusedException(Reason.WRONG_STATE, "The game moved on; try again.");
            }
            return openAt(game, now.index() + 1);
        });
    }

    /**
     * Drops the current question before its reveal (a broken question, no time): its answers stay in the
     * report but give no points. Then the next question, or the end.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot skip(Long sessionId) {
        var game = hosted(sessionId);
        game.lock.writeLock().lock();
        try {
            var p = game.phase();
            if (p.state() != LiveState.OPEN && p.state() != LiveState.LOCKED) {
                throw new LiveRefusedException(Reason.WRONG_STATE, "Only a question that is not yet revealed can be skipped.");
            }
            var last = p.index() >= game.questions.size() - 1;
            var base = p.state() == LiveState.OPEN ? p.lock() : p;
            var next = last ? base.end(clock.instant())
                    : base.open(p.index() + 1, game.questions.get(p.index() + 1).seconds(), clock.instant());
            store.skip(game.id, p.index(), next);
            game.markSkipped(p.index());
            game.apply(next);
            if (last) {
                finish(game, next);
            }
            scheduleDeadline(game, next);
        } finally {
            game.lock.writeLock().unlock();
        }
        games.publish(game);
        return game.snapshot();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot pause(Long sessionId) {
        var game = hosted(sessionId);
        return change(game, () -> game.phase().pause(clock.instant()));
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot resume(Long sessionId) {
        var game = hosted(sessionId);
        return change(game, () -> game.phase().resume(game.currentQuestion().seconds(), clock.instant()));
    }

    /** Ends the game now (answers already given to an open question still count) and keeps the final standings. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot end(Long sessionId) {
        var game = hosted(sessionId);
        game.lock.writeLock().lock();
        try {
            var next = game.phase().end(clock.instant());
            var before = game.phase();
            // Apply first in memory to compute the standings with the last question banked, then store
            // everything in one transaction; on failure put the old phase back.
            game.apply(next);
            try {
                finish(game, next);
            } catch (RuntimeException e) {
                log.error("Live game {}: could not store its end", game.id, e);
                throw e;
            }
            if (before.state() == LiveState.OPEN) {
                log.info("Live game {} ended early during question {}", game.id, before.index() + 1);
            }
        } finally {
            game.lock.writeLock().unlock();
        }
        games.publish(game);
        return game.snapshot();
    }

    /**
     * Takes a player out of the game. With {@code mayReturn} they can join again (with the same score);
     * without, they cannot until {@link #letBackIn}.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void removePlayer(Long sessionId, Long playerId, boolean mayReturn) {
        var game = hosted(sessionId);
        var p = game.player(playerId);
        if (p == null) {
            throw new IllegalArgumentException("No such player in this game.");
        }
        var status = mayReturn ? PlayerStatus.REMOVED : PlayerStatus.BANNED;
        store.setStatus(playerId, status);
        p.status = status;
        games.publish(game);
    }

    /** Lets a removed player play again (they come back as they left, with their score). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void letBackIn(Long sessionId, Long playerId) {
        var game = hosted(sessionId);
        var p = game.player(playerId);
        if (p == null) {
            throw new IllegalArgumentException("No such player in this game.");
        }
        store.setStatus(playerId, PlayerStatus.ACTIVE);
        p.status = PlayerStatus.ACTIVE;
        games.publish(game);
    }

    /** The full report, per player and per question, with every answer. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public LiveReport report(Long sessionId) {
        var row = sessions.findById(sessionId)
                .orElseThrow(() -> new LiveRefusedException(Reason.NO_SUCH_GAME, "There is no such game."));
        requireHost(row.getHostId());
        var game = games.get(sessionId);
        var playerRows = players.findBySessionIdOrderById(sessionId);
        var names = playerRows.stream().collect(Collectors.toMap(LivePlayerRow::getId, LivePlayerRow::getNickname));
        var perPlayer = answers.aggregateByPlayer(sessionId).stream()
                .collect(Collectors.toMap(LiveAnswerRepository.PlayerAggregate::getPlayerId, Function.identity()));
        var perQuestion = answers.aggregateByQuestion(sessionId).stream()
                .collect(Collectors.toMap(LiveAnswerRepository.QuestionAggregate::getPosition, Function.identity()));
        var snapshot = game.snapshot();
        var lines = new ArrayList<LiveReport.PlayerLine>();
        for (var p : playerRows) {
            var agg = perPlayer.get(p.getId());
            int score = p.getFinalScore() != null ? p.getFinalScore()
                    : snapshot.players().stream().filter(i -> i.playerId().equals(p.getId())).mapToInt(PlayerInfo::score)
                            .findFirst().orElse(0);
            int rank = p.getFinalRank() != null ? p.getFinalRank() : snapshot.ranks().getOrDefault(p.getId(), 0);
            lines.add(new LiveReport.PlayerLine(p.getId(), p.getNickname(), p.getUserId() == null, rank, score,
                    agg == null ? 0 : (int) agg.getAnswered(), agg == null ? 0 : (int) agg.getCorrect()));
        }
        lines.sort(java.util.Comparator.comparingInt((LiveReport.PlayerLine l) -> l.rank() == 0 ? Integer.MAX_VALUE : l.rank())
                .thenComparing(LiveReport.PlayerLine::name));
        var qlines = new ArrayList<LiveReport.QuestionLine>();
        for (var q : game.questions) {
            var agg = perQuestion.get(q.position());
            qlines.add(new LiveReport.QuestionLine(q.position(), q.questionId(), q.versionId(),
                    com.quizdeck.content.SafeHtml.toPlainText(q.question().format().toSafeHtml(promptOf(q))),
                    game.isSkipped(q.position()), agg == null ? 0 : (int) agg.getAnswered(),
                    agg == null ? 0 : (int) agg.getCorrect(),
                    agg == null || agg.getAverageFraction() == null ? 0 : agg.getAverageFraction(),
                    agg == null || agg.getAverageMillis() == null ? 0 : Math.round(agg.getAverageMillis())));
        }
        var alines = answers.findBySessionIdOrderByPositionAscIdAsc(sessionId).stream()
                .map(a -> new LiveReport.AnswerLine(a.getPosition(), a.getPlayerId(), names.get(a.getPlayerId()),
                        a.getAnswerText(), a.getFraction(), a.getPoints(), a.getAnswerMs(), a.isCounted()))
                .toList();
        return new LiveReport(sessionId, row.getTitle(), row.getCreatedAt(), row.getEndedAt(), lines, qlines, alines);
    }

    private static String promptOf(LiveQuestion q) {
        if (q.question() instanceof com.quizdeck.content.ClozeQuestion c) {
            var prompt = c.prompt() == null ? "" : c.prompt() + " ";
            return prompt + c.fill(n -> "_____");
        }
        return q.question().prompt() == null ? q.question().id() : q.question().prompt();
    }

    /** Follows a game as its host: also told, a few times a second, as answers come in. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public Registration watchAsHost(Long sessionId, LiveListener listener) {
        var game = hosted(sessionId);
        game.hostListeners.add(listener);
        return () -> game.hostListeners.remove(listener);
    }

    // ------------------------------------------------------------------ players

    /** The game with this code, for the join page; empty when no game has it or it is over. */
    public Optional<JoinInfo> findByCode(String typedCode) {
        var code = normaliseCode(typedCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        var id = games.idOfCode(code);
        if (id == null) {
            return Optional.empty();
        }
        var game = games.get(id);
        return Optional.of(new JoinInfo(game.id, game.joinCode, game.title, game.phase().state(),
                game.settings.guestsAllowed(), game.settings.lateJoinAllowed()));
    }

    /**
     * Joins as the signed-in student: a student who is already in the game (reload, another phone) gets
     * the same player back, with their score.
     */
    @PreAuthorize("hasRole('STUDENT')")
    public PlayerTicket joinAsStudent(Long sessionId) {
        var me = CurrentUser.require();
        var game = games.get(sessionId);
        synchronized (game.joinLock) {
            var existing = game.playerOfUser(me.id());
            if (existing != null) {
                return comeBack(game, existing);
            }
            requireOpenForNewPlayers(game);
            var row = store.savePlayer(new LivePlayerRow(game.id, me.id(), trimName(me.displayName()), "u:" + me.id(),
                    newToken(), clock.instant()));
            return added(game, row);
        }
    }

    /**
     * Joins as a guest with a nickname (unique in the game). {@code earlier}, a ticket this browser had
     * for the game, brings the same player back instead.
     */
    public PlayerTicket joinAsGuest(Long sessionId, String nickname, PlayerTicket earlier) {
        var game = games.get(sessionId);
        if (earlier != null && sessionId.equals(earlier.sessionId())) {
            var p = game.player(earlier.playerId());
            if (p != null && p.token.equals(earlier.token())) {
                synchronized (game.joinLock) {
                    return comeBack(game, p);
                }
            }
        }
        if (!game.settings.guestsAllowed()) {
            throw new LiveRefusedException(Reason.GUESTS_NOT_ALLOWED,
                    "This game is for signed-in students only. Sign in to join.");
        }
        var name = Nicknames.clean(nickname);
        var key = Nicknames.key(name);
        synchronized (game.joinLock) {
            requireOpenForNewPlayers(game);
            if (game.nameTaken(key)) {
                throw new LiveRefusedException(Reason.NICKNAME_TAKEN, "Someone in this game is already called "
                        + name + ". Choose another nickname.");
            }
            try {
                return added(game, store.savePlayer(new LivePlayerRow(game.id, null, name, key, newToken(),
                        clock.instant())));
            } catch (DataIntegrityViolationException e) {
                throw new LiveRefusedException(Reason.NICKNAME_TAKEN, "Someone in this game is already called "
                        + name + ". Choose another nickname.");
            }
        }
    }

    /** Checks a ticket the browser kept (after a reload or a lost connection): same player, same score. */
    public PlayerTicket rejoin(PlayerTicket ticket) {
        var game = games.get(ticket.sessionId());
        var p = game.requirePlayer(ticket.playerId(), ticket.token());
        synchronized (game.joinLock) {
            return comeBack(game, p);
        }
    }

    /**
     * Answers the question at {@code position}. Counts only if that question is open, before its deadline
     * (server time at arrival), and this player has not answered it; graded by the same grader as quizzes,
     * stored, and only then acknowledged.
     *
     * @throws LiveRefusedException when it does not count, with the reason
     */
    public AnswerAck answer(PlayerTicket ticket, int position, Response response) {
        var arrived = clock.instant();
        var game = games.get(ticket.sessionId());
        var player = game.requirePlayer(ticket.playerId(), ticket.token());
        boolean everyone;
        AnswerAck ack;
        game.lock.readLock().lock();
        try {
            game.checkAnswerable(player, position, arrived);
            var lq = game.currentQuestion();
            var bounded = LiveQuestions.bounded(response);
            com.quizdeck.grading.Grade grade;
            try {
                grade = grader.grade(lq.question(), bounded);
            } catch (IllegalArgumentException e) {
                throw new LiveRefusedException(Reason.BAD_ANSWER, "That answer does not fit this question.");
            }
            if (!game.reserve(player.id, position)) {
                throw new LiveRefusedException(Reason.ALREADY_ANSWERED, "You already answered this question.");
            }
            var phase = game.phase();
            long millis = Math.max(0, Duration.between(phase.openedAt(), arrived).toMillis());
            int points = Scoring.points(grade.fraction(), millis, lq.seconds() * 1000L, game.settings.speedPoints());
            var text = LiveQuestions.describe(lq, bounded);
            try {
                store.saveAnswer(new LiveAnswerRow(game.id, player.id, position, lq.questionId(), lq.versionId(),
                                LiveQuestions.encode(bounded), text, grade.fraction(), points, millis, arrived),
                        new LiveAnswerGraded(game.id, player.userId, game.deckId, lq.questionId(), lq.versionId(), grade.fraction(),
                                millis, arrived));
            } catch (RuntimeException e) {
                game.release(player.id);
                if (e instanceof DataIntegrityViolationException) {
                    throw new LiveRefusedException(Reason.ALREADY_ANSWERED, "You already answered this question.");
                }
                throw e;
            }
            game.record(new LiveGame.Answer(player.id, position, text, grade.fraction(), points, millis),
                    LiveQuestions.buckets(lq, bounded, grade));
            ack = new AnswerAck(position, arrived, millis);
            everyone = game.everyoneAnswered();
        } finally {
            game.lock.readLock().unlock();
        }
        if (everyone) {
            games.later(() -> lockWhenEveryoneAnswered(game, position));
        }
        games.publishToHostsSoon(game);
        return ack;
    }

    /** What one player's screen shows now. */
    public PlayerView playerView(PlayerTicket ticket) {
        var game = games.get(ticket.sessionId());
        var p = game.requirePlayer(ticket.playerId(), ticket.token());
        return viewOf(game, p, game.snapshot());
    }

    /** What one player's screen shows for a snapshot it was pushed (no extra work per player beyond a look-up). */
    public PlayerView playerView(PlayerTicket ticket, LiveSnapshot snapshot) {
        var game = games.get(ticket.sessionId());
        var p = game.requirePlayer(ticket.playerId(), ticket.token());
        return viewOf(game, p, snapshot);
    }

    /** Follows a game as a player's screen. */
    public Registration watch(PlayerTicket ticket, LiveListener listener) {
        var game = games.get(ticket.sessionId());
        game.requirePlayer(ticket.playerId(), ticket.token());
        game.listeners.add(listener);
        return () -> game.listeners.remove(listener);
    }

    /** Stops following a game. */
    @FunctionalInterface
    public interface Registration {
        void remove();
    }

    // ------------------------------------------------------------------ internals

    private PlayerView viewOf(LiveGame game, LiveGame.Player p, LiveSnapshot s) {
        var a = s.index() >= 0 ? game.answerOf(p.id) : null;
        boolean answered = a != null && a.position() == s.index();
        MyResult result = null;
        boolean revealed = s.state() == LiveState.REVEALED || s.state() == LiveState.LEADERBOARD;
        if (revealed && s.question() != null) {
            result = answered ? new MyResult(s.index(), a.text(), a.fraction(), game.isSkipped(s.index()) ? 0 : a.points())
                    : new MyResult(s.index(), null, 0, 0);
        }
        int score = p.banked;
        int rank = s.settings().showLeaderboard() || s.state() == LiveState.ENDED ? s.ranks().getOrDefault(p.id, 0) : 0;
        return new PlayerView(s, p.id, p.name, p.status, score, rank, answered, result);
    }

    private LiveSnapshot change(LiveGame game, java.util.function.Supplier<Phase> transition) {
        game.lock.writeLock().lock();
        Phase next;
        try {
            next = transition.get();
            store.savePhase(game.id, next);
            game.apply(next);
            scheduleDeadline(game, next);
        } finally {
            game.lock.writeLock().unlock();
        }
        games.publish(game);
        return game.snapshot();
    }

    private Phase openAt(LiveGame game, int index) {
        var q = game.questions.get(index);
        return game.phase().open(index, q.seconds(), clock.instant());
    }

    private void scheduleDeadline(LiveGame game, Phase phase) {
        if (phase.state() == LiveState.OPEN && !phase.paused()) {
            games.scheduleDeadline(game, phase, g -> lockIfDue(g, phase));
        }
    }

    /** The deadline timer: locks the question if it is still the one that timer was set for. */
    void lockIfDue(LiveGame game, Phase expected) {
        game.lock.writeLock().lock();
        try {
            var now = game.phase();
            if (now != expected || now.acceptsAnswers(clock.instant())) {
                if (now == expected) {
                    games.scheduleDeadline(game, now, g -> lockIfDue(g, expected));
                }
                return;
            }
            var locked = now.lock();
            store.savePhase(game.id, locked);
            game.apply(locked);
        } finally {
            game.lock.writeLock().unlock();
        }
        games.publish(game);
    }

    private void lockWhenEveryoneAnswered(LiveGame game, int position) {
        game.lock.writeLock().lock();
        try {
            var now = game.phase();
            if (now.state() != LiveState.OPEN || now.index() != position || !game.everyoneAnswered()) {
                return;
            }
            var locked = now.lock();
            store.savePhase(game.id, locked);
            game.apply(locked);
        } finally {
            game.lock.writeLock().unlock();
        }
        games.publish(game);
    }

    /** Lets the deadline pass now, as the timer would (tests move the clock instead of waiting). */
    void lockIfDue(Long sessionId) {
        var game = games.get(sessionId);
        lockIfDue(game, game.phase());
    }

    private void finish(LiveGame game, Phase ended) {
        var standings = game.snapshot().leaderboard();
        store.end(game.id, ended, standings, new LiveSessionEnded(game.id, game.hostId, game.deckId, ended.endedAt(),
                game.playerCount()));
    }

    private LiveGame hosted(Long sessionId) {
        var game = games.get(sessionId);
        requireHost(game.hostId);
        return game;
    }

    private static void requireHost(Long hostId) {
        var me = CurrentUser.require();
        if (me.role() != Role.ADMIN && !me.id().equals(hostId)) {
            throw new AccessDeniedException("This game is run by someone else.");
        }
    }

    private void requireOpenForNewPlayers(LiveGame game) {
        var state = game.phase().state();
        if (state == LiveState.ENDED) {
            throw new LiveRefusedException(Reason.GAME_OVER, "This game is over.");
        }
        if (state != LiveState.LOBBY && !game.settings.lateJoinAllowed()) {
            throw new LiveRefusedException(Reason.LATE_JOIN_NOT_ALLOWED, "This game has started and takes no new players.");
        }
    }

    private PlayerTicket comeBack(LiveGame game, LiveGame.Player p) {
        if (p.status == PlayerStatus.BANNED) {
            throw new LiveRefusedException(Reason.BANNED, "The host took you out of this game.");
        }
        if (p.status == PlayerStatus.REMOVED) {
            store.setStatus(p.id, PlayerStatus.ACTIVE);
            p.status = PlayerStatus.ACTIVE;
            games.publish(game);
        }
        return new PlayerTicket(game.id, p.id, p.token, p.name);
    }

    private PlayerTicket added(LiveGame game, LivePlayerRow row) {
        var p = new LiveGame.Player(row.getId(), row.getUserId(), row.getNickname(), row.getNicknameKey(), row.getToken(),
                PlayerStatus.ACTIVE, 0);
        game.addPlayer(p);
        games.publishToHostsSoon(game);
        return new PlayerTicket(game.id, p.id, p.token, p.name);
    }

    private static String trimName(String name) {
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    private static String newToken() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String newJoinCode() {
        var random = new Random(RANDOM.nextLong());
        for (int attempt = 0; attempt < 50; attempt++) {
            var code = String.valueOf(100_000 + random.nextInt(900_000));
            if (!store.codeTaken(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Could not find a free join code; try again.");
    }

    /** Digits only: "123 456" and "123-456" are 123456. */
    public static String normaliseCode(String typed) {
        return typed == null ? "" : typed.replaceAll("\\D", "");
    }

}
