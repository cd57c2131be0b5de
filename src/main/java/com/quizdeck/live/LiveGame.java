package com.quizdeck.live;

import com.quizdeck.live.LiveRefusedException.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One game in memory: the single object every screen of the game follows. Host actions take the write
 * lock (one at a time, and never while an answer is being stored); answers take the read lock, so that
 * many are stored at once but none slips past a lock. The database copy is written by
 * {@link LiveSessionService} before a change becomes current here.
 */
final class LiveGame {

    final Long id;
    final String joinCode;
    final String title;
    final Long hostId;
    final Long deckId;
    final LiveSettings settings;
    final Instant createdAt;
    final List<LiveQuestion> questions;
    private final boolean[] skipped;

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final Object joinLock = new Object();
    private volatile Phase phase;

    /** By player id; also by user id and by name key, for joins. */
    private final Map<Long, Player> players = new ConcurrentHashMap<>();
    private final Map<Long, Player> byUser = new ConcurrentHashMap<>();
    private final Map<String, Player> byName = new ConcurrentHashMap<>();

    /** Answers to the current question, by player id. A null-text entry is a reservation being stored. */
    private volatile Map<Long, Answer> current = new ConcurrentHashMap<>();
    private volatile AtomicIntegerArray distribution = new AtomicIntegerArray(0);

    final Set<LiveListener> listeners = ConcurrentHashMap.newKeySet();
    final Set<LiveListener> hostListeners = ConcurrentHashMap.newKeySet();
    final AtomicBoolean hostUpdatePending = new AtomicBoolean();
    /** A re-read from the database is already scheduled (answers on another node come in bursts). */
    final AtomicBoolean reloadPending = new AtomicBoolean();
    private final AtomicLong seq = new AtomicLong();

    LiveGame(LiveSessionRow row, List<LiveQuestion> questions, Phase phase) {
        this.id = row.getId();
        this.joinCode = row.getJoinCode();
        this.title = row.getTitle();
        this.hostId = row.getHostId();
        this.deckId = row.getDeckId();
        this.settings = row.settings();
        this.createdAt = row.getCreatedAt();
        this.questions = List.copyOf(questions);
        this.skipped = new boolean[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            skipped[i] = questions.get(i).skipped();
        }
        this.phase = phase;
        if (phase.index() >= 0 && phase.index() < questions.size()) {
            distribution = new AtomicIntegerArray(LiveQuestions.bucketCount(questions.get(phase.index())));
        }
    }

    /** A player in memory. {@code banked} is the score everyone may see: the current question's points join it at the reveal. */
    static final class Player {
        final Long id;
        final Long userId;
        final String name;
        final String nameKey;
        final String token;
        volatile PlayerStatus status;
        volatile int banked;

        Player(Long id, Long userId, String name, String nameKey, String token, PlayerStatus status, int banked) {
            this.id = id;
            this.userId = userId;
            this.name = name;
            this.nameKey = nameKey;
            this.token = token;
            this.status = status;
            this.banked = banked;
        }
    }

    /** An answer to the current question. */
    record Answer(Long playerId, int position, String text, double fraction, int points, long millis) {
        static Answer reserved(Long playerId, int position) {
            return new Answer(playerId, position, null, 0, 0, 0);
        }

        boolean stored() {
            return text != null;
        }
    }

    Phase phase() {
        return phase;
    }

    LiveQuestion currentQuestion() {
        var p = phase;
        return p.index() >= 0 && p.index() < questions.size() ? questions.get(p.index()) : null;
    }

    /** Makes a stored phase current. Opening another question starts a fresh answer sheet. Under the write lock. */
    void apply(Phase next) {
        var previous = phase;
        // The current question's points become public at its reveal, or when the game moves past it unrevealed.
        if (!previous.revealed() && previous.index() >= 0 && (next.revealed() || next.index() != previous.index())) {
            bankCurrent();
        }
        if (next.index() != previous.index()) {
            current = new ConcurrentHashMap<>();
            var q = next.index() >= 0 && next.index() < questions.size() ? questions.get(next.index()) : null;
            distribution = new AtomicIntegerArray(q == null ? 0 : LiveQuestions.bucketCount(q));
        }
        phase = next;
    }

    private void bankCurrent() {
        if (phase.index() >= questions.size() || skipped[phase.index()]) {
            return;
        }
        for (var a : current.values()) {
            var p = players.get(a.playerId());
            if (p != null && a.stored()) {
                p.banked += a.points();
            }
        }
    }

    /**
     * Takes the state another node wrote: the stored phase, skipped questions, players with their public
     * scores, and the answers to the current question. Under the write lock, so no answer of this node is
     * half-stored. Returns whether the phase changed.
     */
    boolean reset(Phase stored, boolean[] storedSkipped, List<Player> storedPlayers, List<Answer> storedAnswers,
            List<int[]> buckets) {
        boolean changed = !stored.equals(phase);
        for (int i = 0; i < skipped.length && i < storedSkipped.length; i++) {
            skipped[i] = storedSkipped[i];
        }
        for (var s : storedPlayers) {
            var p = players.get(s.id);
            if (p == null) {
                addPlayer(s);
            } else {
                p.status = s.status;
                p.banked = s.banked;
            }
        }
        var q = stored.index() >= 0 && stored.index() < questions.size() ? questions.get(stored.index()) : null;
        current = new ConcurrentHashMap<>();
        distribution = new AtomicIntegerArray(q == null ? 0 : LiveQuestions.bucketCount(q));
        for (int i = 0; i < storedAnswers.size(); i++) {
            record(storedAnswers.get(i), buckets.get(i));
        }
        if (changed) {
            phase = stored;
        }
        return changed;
    }

    void markSkipped(int position) {
        skipped[position] = true;
    }

    boolean isSkipped(int position) {
        return skipped[position];
    }

    // ---- players

    Player player(Long playerId) {
        return players.get(playerId);
    }

    Player playerOfUser(Long userId) {
        return byUser.get(userId);
    }

    boolean nameTaken(String key) {
        return byName.containsKey(key);
    }

    void addPlayer(Player p) {
        players.put(p.id, p);
        byName.put(p.nameKey, p);
        if (p.userId != null) {
            byUser.put(p.userId, p);
        }
    }

    int activePlayers() {
        int n = 0;
        for (var p : players.values()) {
            if (p.status == PlayerStatus.ACTIVE) {
                n++;
            }
        }
        return n;
    }

    int playerCount() {
        return players.size();
    }

    Player requirePlayer(Long playerId, String token) {
        var p = playerId == null ? null : players.get(playerId);
        if (p == null || token == null || !java.security.MessageDigest.isEqual(
                p.token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw new LiveRefusedException(Reason.NOT_A_PLAYER, "You are not a player of this game. Join it with its code.");
        }
        return p;
    }

    // ---- answers

    /**
     * Why an answer arriving now for that position would not count, checked in this order: another
     * question, the question locked, paused, past the deadline, already answered. Under the read lock.
     */
    void checkAnswerable(Player p, int position, Instant now) {
        var ph = phase;
        if (ph.state() == LiveState.ENDED) {
            throw new LiveRefusedException(Reason.GAME_OVER, "The game is over.");
        }
        if (p.status != PlayerStatus.ACTIVE) {
            throw new LiveRefusedException(Reason.REMOVED, "The host took you out of this game.");
        }
        if (position != ph.index() || ph.state() == LiveState.LOBBY) {
            throw new LiveRefusedException(Reason.NOT_OPEN, "That question is not open.");
        }
        if (ph.state() != LiveState.OPEN) {
            throw new LiveRefusedException(Reason.CLOSED, "Time is up: this question is closed.");
        }
        if (ph.paused()) {
            throw new LiveRefusedException(Reason.PAUSED, "The game is paused. Wait for your teacher.");
        }
        if (!ph.acceptsAnswers(now)) {
            throw new LiveRefusedException(Reason.TOO_LATE, "Time is up: your answer came after the deadline.");
        }
        if (current.containsKey(p.id)) {
            throw new LiveRefusedException(Reason.ALREADY_ANSWERED, "You already answered this question.");
        }
    }

    /** Claims the player's one answer to the current question; false when they already have one. */
    boolean reserve(Long playerId, int position) {
        return current.putIfAbsent(playerId, Answer.reserved(playerId, position)) == null;
    }

    void release(Long playerId) {
        current.remove(playerId);
    }

    void record(Answer answer, int[] buckets) {
        current.put(answer.playerId(), answer);
        var d = distribution;
        for (int b : buckets) {
            if (b >= 0 && b < d.length()) {
                d.incrementAndGet(b);
            }
        }
    }

    /** For a restart: an answer read back from the database. */
    void restoreAnswer(Answer answer, int[] buckets) {
        record(answer, buckets);
    }

    Answer answerOf(Long playerId) {
        var a = current.get(playerId);
        return a != null && a.stored() ? a : null;
    }

    int answeredCount() {
        int n = 0;
        for (var a : current.values()) {
            if (a.stored()) {
                n++;
            }
        }
        return n;
    }

    boolean everyoneAnswered() {
        int active = 0;
        for (var p : players.values()) {
            if (p.status == PlayerStatus.ACTIVE) {
                active++;
                if (answerOf(p.id) == null) {
                    return false;
                }
            }
        }
        return active > 0;
    }

    /** Points of the skipped current question leave the players' unbanked points (they were never banked). */
    Map<Long, Answer> currentAnswers() {
        return Map.copyOf(current);
    }

    // ---- snapshots

    LiveSnapshot snapshot() {
        var ph = phase;
        var q = currentQuestion();
        var list = new ArrayList<>(players.values());
        list.sort(Comparator.comparing(p -> p.id));
        var infos = list.stream().map(p -> new PlayerInfo(p.id, p.name, p.userId == null, p.status, p.banked)).toList();
        var ranked = new ArrayList<>(list.stream().filter(p -> p.status == PlayerStatus.ACTIVE).toList());
        ranked.sort(Comparator.comparingInt((Player p) -> -p.banked).thenComparing(p -> p.name, String.CASE_INSENSITIVE_ORDER));
        var standings = new ArrayList<Standing>(ranked.size());
        var ranks = new HashMap<Long, Integer>();
        int rank = 0;
        int lastScore = Integer.MIN_VALUE;
        for (int i = 0; i < ranked.size(); i++) {
            var p = ranked.get(i);
            if (p.banked != lastScore) {
                rank = i + 1;
                lastScore = p.banked;
            }
            standings.add(new Standing(rank, p.id, p.name, p.banked));
            ranks.put(p.id, rank);
        }
        var d = distribution;
        var dist = new ArrayList<Integer>(d.length());
        for (int i = 0; i < d.length(); i++) {
            dist.add(d.get(i));
        }
        var shownQuestion = ph.state() == LiveState.LOBBY || ph.state() == LiveState.ENDED ? null : q;
        return new LiveSnapshot(seq.incrementAndGet(), id, joinCode, title, ph.state(), ph.paused(), ph.index(),
                questions.size(), shownQuestion, ph.deadline(), ph.remainingMs(), answeredCount(), activePlayers(),
                List.copyOf(dist), q == null ? List.of() : LiveQuestions.bucketLabels(q), infos, List.copyOf(standings),
                Map.copyOf(ranks), settings);
    }
}
