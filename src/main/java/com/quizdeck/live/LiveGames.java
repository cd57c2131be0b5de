package com.quizdeck.live;

import com.quizdeck.account.AccountService;
import com.quizdeck.cluster.ClusterEvents;
import com.quizdeck.deck.DeckService;
import com.quizdeck.live.LiveRefusedException.Reason;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The games in memory, one object per game, loaded from the database on first use (after a restart
 * too); the timers that lock a question at its deadline; and the fan-out that tells every screen of a
 * game about a change, on a small pool of threads so that a host's click does not wait for 1,000 phones.
 *
 * <p>With several nodes on one PostgreSQL ({@link ClusterEvents#clustered()}), each node keeps its own
 * copy of a game for its own screens; the database is the authority. A node that changes a game tells the
 * others ({@link #announce}), and they read the game again ({@link #reload}) and push it to their screens.
 */
@Component
@Slf4j
class LiveGames {

    /** Screens told per task: small enough to spread over the pool, large enough to keep tasks few. */
    private static final int FANOUT_CHUNK = 50;
    /** The host's chart and counter follow answers at most this often. */
    static final long HOST_REFRESH_MS = 150;

    private final Map<Long, LiveGame> games = new ConcurrentHashMap<>();
    private final LiveSessionRepository sessions;
    private final LiveQuestionRepository questions;
    private final LivePlayerRepository players;
    private final LiveAnswerRepository answers;
    private final LiveStore store;
    private final DeckService decks;
    private final AccountService accounts;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    final ScheduledExecutorService timers;
    private final ExecutorService fanout;
    private final ClusterEvents cluster;
    /** Cluster messages of this module: {@code <session id>:<what>}. */
    static final String TOPIC = "live";

    LiveGames(LiveSessionRepository sessions, LiveQuestionRepository questions, LivePlayerRepository players,
            LiveAnswerRepository answers, LiveStore store, DeckService decks, AccountService accounts,
            org.springframework.transaction.PlatformTransactionManager tx, Clock clock, ClusterEvents cluster) {
        this.cluster = cluster;
        this.sessions = sessions;
        this.questions = questions;
        this.players = players;
        this.answers = answers;
        this.store = store;
        this.decks = decks;
        this.accounts = accounts;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.timers = Executors.newScheduledThreadPool(1, Thread.ofPlatform().name("live-timer-", 0).daemon().factory());
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.fanout = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("live-push-", 0).daemon().factory());
    }

    @PreDestroy
    void stop() {
        timers.shutdownNow();
        fanout.shutdownNow();
    }

    /**
     * The game, from memory or read back from the database. On one node a game read back means a restart,
     * and an open question comes back paused; with several nodes another node may be running it, so it
     * comes back as stored.
     */
    LiveGame get(Long sessionId) {
        return get(sessionId, !clustered());
    }

    /** The game for its host's screen: read back after a restart, an open question waits, paused, for the host. */
    LiveGame getAsHost(Long sessionId) {
        return get(sessionId, true);
    }

    private LiveGame get(Long sessionId, boolean pauseOpenQuestion) {
        var game = games.get(sessionId);
        if (game != null) {
            return game;
        }
        synchronized (this) {
            game = games.get(sessionId);
            if (game == null) {
                game = load(sessionId, pauseOpenQuestion);
                games.put(sessionId, game);
            }
            return game;
        }
    }

    /** The game if this node has it in memory (a message about another game is none of its business). */
    LiveGame inMemory(Long sessionId) {
        return games.get(sessionId);
    }

    List<LiveGame> inMemory() {
        return List.copyOf(games.values());
    }

    boolean clustered() {
        return cluster.clustered();
    }

    /** Tells the other nodes that this game changed ({@code what}: phase, players, answers). */
    void announce(LiveGame game, String what) {
        if (cluster.clustered()) {
            cluster.publish(TOPIC, game.id + ":" + what);
        }
    }

    /** Runs {@code task} once within {@link #HOST_REFRESH_MS}, however often it is asked for meanwhile. */
    void coalesce(LiveGame game, Runnable task) {
        if (game.reloadPending.compareAndSet(false, true)) {
            timers.schedule(() -> {
                game.reloadPending.set(false);
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("Live game {}: could not read it again", game.id, e);
                }
            }, HOST_REFRESH_MS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Reads the game's changing state from the database into memory: phase, skipped questions, players
     * and their public scores, the current question's answers and chart. Under the game's write lock.
     *
     * @return whether the phase changed
     */
    boolean reload(LiveGame game) {
        var id = game.id;
        var row = readOnly.execute(s -> sessions.findById(id).orElseThrow());
        var phase = phaseOf(row);
        var skipped = new boolean[game.questions.size()];
        readOnly.execute(s -> questions.findBySessionIdOrderByPosition(id)).forEach(q -> {
            if (q.getPosition() < skipped.length) {
                skipped[q.getPosition()] = q.isSkipped();
            }
        });
        var banked = new HashMap<Long, Integer>();
        readOnly.execute(s -> answers.banked(id, phase.index(), phase.revealed()))
                .forEach(b -> banked.put(b.getPlayerId(), (int) b.getPoints()));
        var playerList = readOnly.execute(s -> players.findBySessionIdOrderById(id)).stream()
                .map(p -> new LiveGame.Player(p.getId(), p.getUserId(), p.getNickname(), p.getNicknameKey(),
                        p.getToken(), p.getStatus(), banked.getOrDefault(p.getId(), 0)))
                .toList();
        var current = phase.index() >= 0 && phase.index() < game.questions.size() ? game.questions.get(phase.index()) : null;
        var answerList = new ArrayList<LiveGame.Answer>();
        var buckets = new ArrayList<int[]>();
        if (current != null) {
            for (var a : readOnly.execute(s -> answers.findBySessionIdAndPositionOrderById(id, phase.index()))) {
                answerList.add(new LiveGame.Answer(a.getPlayerId(), a.getPosition(), a.getAnswerText(), a.getFraction(),
                        a.getPoints(), a.getAnswerMs()));
                buckets.add(restoredBuckets(current, a));
            }
        }
        return game.reset(phase, skipped, playerList, answerList, buckets);
    }

    private static Phase phaseOf(LiveSessionRow row) {
        return new Phase(row.getState(), row.getCurrentIndex(), row.isPaused(), row.getOpenedAt(),
                row.getDeadline(), row.getRemainingMs() == null ? 0 : row.getRemainingMs(), row.getEndedAt());
    }

    void put(LiveGame game) {
        games.put(game.id, game);
    }

    /** Drops a game from memory (tests of a restart; ended games stay readable from the database). */
    void forget(Long sessionId) {
        games.remove(sessionId);
    }

    Long idOfCode(String code) {
        for (var g : games.values()) {
            if (g.joinCode.equals(code)) {
                return g.id;
            }
        }
        return readOnly.execute(s -> sessions.findByJoinCode(code).map(LiveSessionRow::getId).orElse(null));
    }

    private LiveGame load(Long sessionId, boolean pauseOpenQuestion) {
        var row = readOnly.execute(s -> sessions.findById(sessionId).orElse(null));
        if (row == null) {
            throw new LiveRefusedException(Reason.NO_SUCH_GAME, "There is no such game.");
        }
        var questionRows = readOnly.execute(s -> questions.findBySessionIdOrderByPosition(sessionId));
        var playerRows = readOnly.execute(s -> players.findBySessionIdOrderById(sessionId));
        var answerRows = readOnly.execute(s -> answers.findBySessionIdOrderByPositionAscIdAsc(sessionId));
        // Question content at the versions played, read as the host (the deck's access rules apply).
        var host = accounts.runAsSystem(() -> accounts.findByIds(List.of(row.getHostId()))).getFirst();
        var content = accounts.runAs(host.username(),
                () -> decks.questionsAt(questionRows.stream().map(LiveQuestionRow::getVersionId).toList()));
        var list = new ArrayList<LiveQuestion>();
        for (var q : questionRows) {
            var question = content.get(q.getVersionId()).question();
            list.add(new LiveQuestion(q.getPosition(), q.getQuestionId(), q.getVersionId(), question, q.getSeconds(),
                    LiveQuestions.optionOrder(question, seed(sessionId, q.getPosition())), q.isSkipped()));
        }
        var stored = phaseOf(row);
        var seconds = stored.index() >= 0 && stored.index() < list.size() ? list.get(stored.index()).seconds() : 0;
        var phase = pauseOpenQuestion ? stored.restored(seconds, LiveSessionService.now(clock)) : stored;
        if (phase != stored) {
            try {
                store.savePhase(sessionId, stored, phase);
            } catch (LiveRefusedException e) {
                phase = stored; // another node moved it meanwhile: take it as stored, the next message brings the rest
            }
        }
        var game = new LiveGame(row, list, phase);
        var banked = new HashMap<Long, Integer>();
        for (var a : answerRows) {
            if (a.isCounted() && (a.getPosition() < phase.index() || (a.getPosition() == phase.index() && phase.revealed()))) {
                banked.merge(a.getPlayerId(), a.getPoints(), Integer::sum);
            }
        }
        for (var p : playerRows) {
            game.addPlayer(new LiveGame.Player(p.getId(), p.getUserId(), p.getNickname(), p.getNicknameKey(),
                    p.getToken(), p.getStatus(), banked.getOrDefault(p.getId(), 0)));
        }
        var current = game.currentQuestion();
        for (var a : answerRows) {
            if (current != null && a.getPosition() == phase.index()) {
                var answer = new LiveGame.Answer(a.getPlayerId(), a.getPosition(), a.getAnswerText(), a.getFraction(),
                        a.getPoints(), a.getAnswerMs());
                game.restoreAnswer(answer, restoredBuckets(current, a));
            }
        }
        log.info("Live game {} ({}) loaded from the database at {} question {}", sessionId, row.getJoinCode(),
                phase.state(), phase.index() + 1);
        return game;
    }

    /** The chart after a restart: choice answers are read back from their stored form, others by grade. */
    private static int[] restoredBuckets(LiveQuestion q, LiveAnswerRow a) {
        var response = a.getResponse();
        try {
            if (response.startsWith("ChoiceResponse[optionIndex=")) {
                int i = Integer.parseInt(response.replaceAll("\\D", ""));
                return new int[] {q.optionOrder().indexOf(i)};
            }
            if (response.startsWith("TrueFalseResponse[answer=")) {
                return new int[] {response.contains("true") ? 0 : 1};
            }
            if (response.startsWith("MultiChoiceResponse[optionIndexes=[")) {
                var inner = response.substring(response.indexOf("[[") + 2, response.lastIndexOf("]]"));
                return inner.isBlank() ? new int[0] : java.util.Arrays.stream(inner.split(","))
                        .mapToInt(s -> q.optionOrder().indexOf(Integer.parseInt(s.strip()))).toArray();
            }
        } catch (RuntimeException e) {
            // fall through: count it by its grade
        }
        double f = a.getFraction();
        return LiveQuestions.bucketCount(q) == 3 ? new int[] {f >= 1 ? 0 : f > 0 ? 1 : 2} : new int[0];
    }

    static long seed(Long sessionId, int position) {
        return sessionId * 1_000_003L + position;
    }

    /** Tells every screen of the game: all players and hosts. */
    void publish(LiveGame game) {
        var snapshot = game.snapshot();
        deliver(new ArrayList<>(game.listeners), snapshot);
        deliver(new ArrayList<>(game.hostListeners), snapshot);
    }

    /** Tells the host screens soon (answers coming in), at most every {@link #HOST_REFRESH_MS}. */
    void publishToHostsSoon(LiveGame game) {
        if (game.hostUpdatePending.compareAndSet(false, true)) {
            timers.schedule(() -> {
                game.hostUpdatePending.set(false);
                deliver(new ArrayList<>(game.hostListeners), game.snapshot());
            }, HOST_REFRESH_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void deliver(List<LiveListener> targets, LiveSnapshot snapshot) {
        for (int from = 0; from < targets.size(); from += FANOUT_CHUNK) {
            var chunk = targets.subList(from, Math.min(targets.size(), from + FANOUT_CHUNK));
            fanout.execute(() -> {
                for (var listener : chunk) {
                    try {
                        listener.changed(snapshot);
                    } catch (RuntimeException e) {
                        log.debug("A live screen failed to take an update", e);
                    }
                }
            });
        }
    }

    /** Runs {@code task} when the open question's deadline has passed (a little after, to be sure). */
    void scheduleDeadline(LiveGame game, Phase phase, Consumer<LiveGame> task) {
        if (phase.deadline() == null) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), phase.deadline()).toMillis()) + 20;
        timers.schedule(() -> {
            try {
                task.accept(game);
            } catch (RuntimeException e) {
                log.warn("Live game {}: the deadline timer failed", game.id, e);
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    void later(Runnable task) {
        timers.execute(task);
    }

}
