package com.quizdeck.live;

import com.quizdeck.account.CurrentUser;
import com.quizdeck.account.Role;
import com.quizdeck.cluster.ClusterEvents;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.QuestionRef;
import com.quizdeck.grading.Grader;
import com.quizdeck.grading.Response;
import com.quizdeck.live.LiveRefusedException.Reason;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 *
 * <p>Several nodes on one PostgreSQL: players of one game may sit on different nodes. The database is
 * the authority (a phase changes only from the stored one, an answer counts only if the stored game
 * takes it), each node keeps a copy for its screens, and {@link ClusterEvents} tells the other nodes to
 * read a game again after a change ({@link LiveGames#announce}, {@link #remoteChange}).
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
    private final LiveMetrics metrics;
    private final LiveAnswerGate gate;

    LiveSessionService(LiveGames games, LiveStore store, LiveSessionRepository sessions, LivePlayerRepository players,
            LiveAnswerRepository answers, LiveQuestionRepository questionRows, DeckService decks, Clock clock,
            ClusterEvents cluster, LiveMetrics metrics, LiveAnswerGate gate) {
        this.metrics = metrics;
        this.gate = gate;
        this.games = games;
        this.store = store;
        this.sessions = sessions;
        this.players = players;
        this.answers = answers;
        this.questionRows = questionRows;
        this.decks = decks;
        this.clock = clock;
        cluster.subscribe(LiveGames.TOPIC, this::remoteChange);
    }

    /** Server time at the database's precision (microseconds), so a phase read back equals the one written. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
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
                setup.settings(), now(clock)), plan);
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
            var next = last ? base.end(now(clock))
                    : base.open(p.index() + 1, game.questions.get(p.index() + 1).seconds(), now(clock));
            try {
                store.skip(game.id, p.index(), p, next);
            } catch (LiveRefusedException e) {
                stale(game);
                throw e;
            }
            game.markSkipped(p.index());
            settle(game, next);
            if (last) {
                finish(game, next);
            }
        } finally {
            game.lock.writeLock().unlock();
        }
        games.publish(game);
        return game.snapshot();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot pause(Long sessionId) {
        var game = hosted(sessionId);
        return change(game, () -> game.phase().pause(now(clock)));
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot resume(Long sessionId) {
        var game = hosted(sessionId);
        return change(game, () -> game.phase().resume(game.currentQuestion().seconds(), now(clock)));
    }

    /** Ends the game now (answers already given to an open question still count) and keeps the final standings. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LiveSnapshot end(Long sessionId) {
        var game = hosted(sessionId);
        game.lock.writeLock().lock();
        try {
            var before = game.phase();
            var next = before.end(now(clock));
            // The end is stored first (so no answer arrives after it, on any node), then the standings,
            // computed with the last question banked, become the players' final scores.
            commit(game, before, next);
            try {
                finish(game, next);
            } catch (RuntimeException e) {
                log.error("Live game {}: could not store its final standings", game.id, e);
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
        games.announce(game, "players");
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
        games.announce(game, "players");
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
            try {
                var row = store.savePlayer(new LivePlayerRow(game.id, me.id(), trimName(me.displayName()), "u:" + me.id(),
                        newToken(), now(clock)));
                return added(game, row);
            } catch (DataIntegrityViolationException e) {
                // Joined on another node a moment ago: the same player, read from the database.
                refreshFromStore(game);
                var there = game.playerOfUser(me.id());
                if (there == null) {
                    throw e;
                }
                return comeBack(game, there);
            }
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
                        now(clock))));
            } catch (DataIntegrityViolationException e) {
                throw new LiveRefusedException(Reason.NICKNAME_TAKEN, "Someone in this game is already called "
                        + name + ". Choose another nickname.");
            }
        }
    }

    /** Checks a ticket the browser kept (after a reload or a lost connection): same player, same score. */
    public PlayerTicket rejoin(PlayerTicket ticket) {
        var game = games.get(ticket.sessionId());
        var p = player(game, ticket);
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
        if (!gate.enter()) {
            throw new LiveRefusedException(Reason.STOPPING, "The server is restarting. Send your answer again in a moment.");
        }
        try {
            return answerInside(ticket, position, response);
        } finally {
            gate.leave();
        }
    }

    private AnswerAck answerInside(PlayerTicket ticket, int position, Response response) {
        var arrived = now(clock);
        var game = games.get(ticket.sessionId());
        var player = player(game, ticket);
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
                                millis, arrived), games.clustered());
            } catch (RuntimeException e) {
                game.release(player.id);
                if (e instanceof LiveRefusedException) {
                    // The stored game had moved on (a host on another node): this copy is behind.
                    games.coalesce(game, () -> refreshFromStore(game));
                }
                if (e instanceof DataIntegrityViolationException) {
                    throw new LiveRefusedException(Reason.ALREADY_ANSWERED, "You already answered this question.");
                }
                throw e;
            }
            metrics.answered();
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
        games.announce(game, "answers");
        return ack;
    }

    /** What one player's screen shows now. */
    public PlayerView playerView(PlayerTicket ticket) {
        var game = games.get(ticket.sessionId());
        var p = player(game, ticket);
        return viewOf(game, p, game.snapshot());
    }

    /** What one player's screen shows for a snapshot it was pushed (no extra work per player beyond a look-up). */
    public PlayerView playerView(PlayerTicket ticket, LiveSnapshot snapshot) {
        var game = games.get(ticket.sessionId());
        var p = player(game, ticket);
        return viewOf(game, p, snapshot);
    }

    /** Follows a game as a player's screen. */
    public Registration watch(PlayerTicket ticket, LiveListener listener) {
        var game = games.get(ticket.sessionId());
        player(game, ticket);
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
        try {
            var before = game.phase();
            commit(game, before, transition.get());
        } finally {
            game.lock.writeLock().unlock();
        }
        games.publish(game);
        return game.snapshot();
    }

    /**
     * Stores {@code next} if the stored game is still at {@code before}, then makes it current here and
     * tells the other nodes. Under the game's write lock.
     */
    private void commit(LiveGame game, Phase before, Phase next) {
        try {
            store.savePhase(game.id, before, next);
        } catch (LiveRefusedException e) {
            stale(game);
            throw e;
        }
        settle(game, next);
    }

    /**
     * A stored change becomes current here. One node: the phase is applied in memory (scores bank from
     * the answers it holds). Several nodes: the game is read back, since answers stored on other nodes
     * count too; then the other nodes are told. Under the game's write lock.
     */
    private void settle(LiveGame game, Phase next) {
        if (games.clustered()) {
            games.reload(game);
            games.announce(game, "phase");
        } else {
            game.apply(next);
        }
        scheduleDeadline(game, game.phase());
    }

    /** The stored game was not what this node thought: read it again and show it. Under the write lock. */
    private void stale(LiveGame game) {
        if (games.clustered()) {
            games.reload(game);
            scheduleDeadline(game, game.phase());
            games.publish(game);
        }
    }

    /**
     * Another node changed a game ({@code <id>:<what>}, or {@link ClusterEvents#RESYNC} after a gap):
     * a game this node shows is read again and pushed to its screens. Answers come in bursts, so their
     * messages are merged into one read per {@link LiveGames#HOST_REFRESH_MS}.
     */
    void remoteChange(String body) {
        if (ClusterEvents.RESYNC.equals(body)) {
            games.inMemory().forEach(this::refreshFromStore);
            return;
        }
        var parts = body.split(":", 2);
        LiveGame game;
        try {
            game = games.inMemory(Long.valueOf(parts[0]));
        } catch (NumberFormatException e) {
            log.warn("Live: a cluster message I do not understand: {}", body);
            return;
        }
        if (game == null) {
            return;
        }
        if (parts.length > 1 && "answers".equals(parts[1])) {
            games.coalesce(game, () -> refreshFromStore(game, true));
        } else {
            refreshFromStore(game);
        }
    }

    private void refreshFromStore(LiveGame game) {
        refreshFromStore(game, false);
    }

    /**
     * Reads the game from the database, pushes it to this node's screens, and takes over its timers. Other
     * players' answers change only the hosts' screens (counter, chart), so {@code answersOnly} pushes to
     * those alone unless the phase turned out to have changed too.
     */
    private void refreshFromStore(LiveGame game, boolean answersOnly) {
        boolean phaseChanged;
        game.lock.writeLock().lock();
        try {
            phaseChanged = games.reload(game);
            if (phaseChanged) {
                // Every node keeps the deadline: whichever locks first wins (the store takes one change).
                scheduleDeadline(game, game.phase());
            }
        } finally {
            game.lock.writeLock().unlock();
        }
        if (answersOnly && !phaseChanged) {
            games.publishToHostsSoon(game);
        } else {
            games.publish(game);
        }
        var p = game.phase();
        if (p.state() == LiveState.OPEN && game.everyoneAnswered()) {
            games.later(() -> lockWhenEveryoneAnswered(game, p.index()));
        }
    }

    /** The ticket's player; with several nodes, one who joined on another node is read from the database. */
    private LiveGame.Player player(LiveGame game, PlayerTicket ticket) {
        try {
            return game.requirePlayer(ticket.playerId(), ticket.token());
        } catch (LiveRefusedException e) {
            if (!games.clustered() || ticket.playerId() == null || game.player(ticket.playerId()) != null) {
                throw e;
            }
            refreshFromStore(game);
            return game.requirePlayer(ticket.playerId(), ticket.token());
        }
    }

    private Phase openAt(LiveGame game, int index) {
        var q = game.questions.get(index);
        return game.phase().open(index, q.seconds(), now(clock));
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
            if (!now.equals(expected) || now.acceptsAnswers(now(clock))) {
                if (now.equals(expected)) {
                    games.scheduleDeadline(game, now, g -> lockIfDue(g, expected));
                }
                return;
            }
            commit(game, now, now.lock());
        } catch (LiveRefusedException e) {
            return; // another node locked it first; this one has read the game again
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
            commit(game, now, now.lock());
        } catch (LiveRefusedException e) {
            return; // another node locked it first
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
        store.finish(standings, new LiveSessionEnded(game.id, game.hostId, game.deckId, ended.endedAt(),
                game.playerCount()));
    }

    private LiveGame hosted(Long sessionId) {
        var game = games.getAsHost(sessionId);
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
            games.announce(game, "players");
        }
        return new PlayerTicket(game.id, p.id, p.token, p.name);
    }

    private PlayerTicket added(LiveGame game, LivePlayerRow row) {
        var p = new LiveGame.Player(row.getId(), row.getUserId(), row.getNickname(), row.getNicknameKey(), row.getToken(),
                PlayerStatus.ACTIVE, 0);
        game.addPlayer(p);
        games.publishToHostsSoon(game);
        games.announce(game, "players");
        metrics.joined();
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
