package com.quizdeck.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.account.AccountService;
import com.quizdeck.deck.DeckService;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.TrueFalseResponse;
import com.quizdeck.live.LiveSessionService;
import com.quizdeck.live.LiveSettings;
import com.quizdeck.live.LiveSetup;
import com.quizdeck.live.LiveState;
import com.quizdeck.live.PlayerTicket;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (Surefire leaves out *Benchmark): 1,000 simulated phones in one JVM, each a real Vaadin UI
 * with its own session holding a real {@link PlayView} that follows the game by the same push path as a
 * browser (listener, {@code ui.access}, render, and the push message written as JSON by {@link EncodingPush}:
 * only the socket is missing). Measures, per question: the fan-out from the host's "next" until every phone's
 * push message carrying the question has been written; the acknowledgement time of 1,000 answers
 * sent at random moments within 2 seconds (graded, stored, acknowledged); that no answer is lost; and the
 * heap each player costs. The game plays its five questions twice: the first pass (reported as warm-up, the first
 * game after a start) lets the JIT compile the render path, as it has been on a server in use; the summary is over
 * the second pass. Run with {@code bench/live-load.sh}; results in {@code bench/results/live-load.txt}.
 */
@UiTest
class LiveLoadBenchmark extends SpringBrowserlessTest {

    static final int PLAYERS = Integer.getInteger("bench.players", 1000);
    static final String[] QUESTIONS = {"before-albright-visitor", "xi-initial-interest-tf", "dprk-view-of-1992",
        "visits-2019-motive-tf", "effect-of-1992"};

    @Autowired
    LiveSessionService live;
    @Autowired
    AccountService accounts;
    @Autowired
    DeckService decks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    /** A session of its own per phone, as each browser has: its own lock, so phones render in parallel. */
    static final class PhoneSession extends VaadinSession {
        private final ReentrantLock own = new ReentrantLock();

        PhoneSession(VaadinService service) {
            super(service);
        }

        @Override
        public Lock getLockInstance() {
            return own;
        }

        @Override
        public boolean hasLock() {
            return own.isHeldByCurrentThread();
        }
    }

    /**
     * What a phone's push connection does with each update, without the socket: the session's unlock asks it to
     * push, and it writes the UI's changes as the JSON message a browser would receive (which also clears them, so
     * that the server holds no more than it would with a real phone). Remembers when the message that first carries
     * a question was written: the fan-out ends there.
     */
    static final class EncodingPush implements PushConnection {
        private final UI ui;
        private final PlayView view;
        volatile int sentIndex = -1;
        volatile long sentAtNanos;

        EncodingPush(UI ui, PlayView view) {
            this.ui = ui;
            this.view = view;
        }

        @Override
        public void push() {
            int shown = view.shownIndex;
            new UidlWriter().createUidl(ui, true).toString(); // the text the socket would send, then dropped
            if (shown != sentIndex) {
                sentAtNanos = System.nanoTime();
                sentIndex = shown;
            }
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }

    record Phone(PlayerTicket ticket, UI ui, PlayView view, EncodingPush push) {
    }

    @Test
    void thousandPlayers() throws Exception {
        var out = new ArrayList<String>();
        out.add("# Live game load, " + PLAYERS + " simulated phones in one JVM (" + Instant.now() + ")");
        out.add("# load average at start " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                + " (other builds on the machine slow every figure)");
        out.add("# " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, Java " + Runtime.version());
        var game = accounts.runAs("teacher", () -> {
            var deckId = decks.idOf("rdprk-summits").orElseThrow();
            var byKey = new java.util.HashMap<String, Long>();
            decks.currentQuestions(deckId).forEach(r -> byKey.put(r.questionKey(), r.questionId()));
            // The five questions twice: the first pass warms the JVM up (reported apart), the second is measured.
            var ids = Arrays.stream(QUESTIONS).map(byKey::get).toList();
            var twice = new ArrayList<Long>(ids);
            twice.addAll(ids);
            return live.create(new LiveSetup(deckId, twice, false,
                    new LiveSettings(60, true, true, true, true, true), Map.of()));
        });
        var service = VaadinService.getCurrent();

        long heapBefore = usedHeapAfterGc();
        var phones = new ArrayList<Phone>(PLAYERS);
        for (int i = 0; i < PLAYERS; i++) {
            var ticket = live.joinAsGuest(game.id(), "Player " + i, null);
            var session = new PhoneSession(service);
            var ui = new UI();
            var view = new PlayView(live, clock);
            var push = new EncodingPush(ui, view);
            session.lock();
            try {
                ui.getInternals().setSession(session);
                ui.doInit(VaadinRequest.getCurrent(), 1, "ROOT");
                session.addUI(ui);
                ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
                ui.getInternals().setPushConnection(push);
                ui.add(view);
                view.play(ticket);
                view.followIn(ui);
            } finally {
                session.unlock();
            }
            phones.add(new Phone(ticket, ui, view, push));
        }
        long heapAfter = usedHeapAfterGc();
        out.add(String.format(Locale.ROOT, "heap per player (UI + session + view + game state, after GC): %.0f KB",
                (heapAfter - heapBefore) / 1024.0 / PLAYERS));

        var fanout50 = new ArrayList<Double>();
        var cpuPerPhoneUs = new ArrayList<Double>();
        var fanout95 = new ArrayList<Double>();
        var ack50 = new ArrayList<Double>();
        var ack95 = new ArrayList<Double>();
        var random = new Random(42);
        var senders = Executors.newFixedThreadPool(64);
        try {
            for (int round = 0; round < 2 * QUESTIONS.length; round++) {
                int index = round;
                boolean warmUp = round < QUESTIONS.length;
                var label = (warmUp ? "warm-up " : "") + "question " + (round % QUESTIONS.length + 1);
                long cpu0 = pushCpuNanos();
                long t0 = System.nanoTime();
                accounts.runAs("teacher", () -> index == 0 ? live.start(game.id()) : live.next(game.id()));
                long until = t0 + TimeUnit.SECONDS.toNanos(60);
                while (phones.stream().anyMatch(p -> p.push().sentIndex != index)) {
                    if (System.nanoTime() > until) {
                        throw new AssertionError("Not every phone showed question " + (index + 1));
                    }
                    Thread.sleep(2);
                }
                var fan = phones.stream().mapToDouble(p -> (p.push().sentAtNanos - t0) / 1e6).sorted().toArray();
                double cpuPerPhone = (pushCpuNanos() - cpu0) / 1e3 / PLAYERS;
                if (!warmUp) {
                    cpuPerPhoneUs.add(cpuPerPhone);
                    fanout50.add(pct(fan, 50));
                    fanout95.add(pct(fan, 95));
                }

                var acks = new ConcurrentLinkedQueue<Double>();
                var failures = new ConcurrentLinkedQueue<Throwable>();
                var done = new java.util.concurrent.CountDownLatch(PLAYERS);
                var scheduler = Executors.newScheduledThreadPool(4);
                long start = System.nanoTime();
                for (var p : phones) {
                    long at = random.nextInt(2000);
                    Response response = index % QUESTIONS.length % 2 == 1 ? new TrueFalseResponse(random.nextBoolean())
                            : new ChoiceResponse(random.nextInt(4));
                    scheduler.schedule(() -> senders.execute(() -> {
                        long a = System.nanoTime();
                        try {
                            live.answer(p.ticket(), index, response);
                            acks.add((System.nanoTime() - a) / 1e6);
                        } catch (Throwable e) {
                            failures.add(e);
                        } finally {
                            done.countDown();
                        }
                    }), at, TimeUnit.MILLISECONDS);
                }
                assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
                long spread = (System.nanoTime() - start) / 1_000_000;
                scheduler.shutdown();
                var ackArray = acks.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                if (!warmUp) {
                    ack50.add(pct(ackArray, 50));
                    ack95.add(pct(ackArray, 95));
                }
                Integer stored = jdbc.queryForObject("select count(*) from live_answer where session_id = ? and position = ?",
                        Integer.class, game.id(), index);
                out.add(String.format(Locale.ROOT, "%s: fan-out CPU %.0f µs per phone (push threads), so %.0f ms for "
                        + "all phones on %d idle cores", label, cpuPerPhone,
                        cpuPerPhone * PLAYERS / 1000 / Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors()));
                out.add(String.format(Locale.ROOT,
                        "%s: fan-out to %d phones p50 %.0f ms, p95 %.0f ms, max %.0f ms; %d answers sent over %d ms, "
                                + "ack p50 %.1f ms, p95 %.1f ms, max %.1f ms; refused %d; stored %d",
                        label, PLAYERS, pct(fan, 50), pct(fan, 95), fan[fan.length - 1], PLAYERS, spread,
                        pct(ackArray, 50), pct(ackArray, 95), ackArray.length == 0 ? 0 : ackArray[ackArray.length - 1],
                        failures.size(), stored));
                assertThat(failures).isEmpty();
                assertThat(stored).isEqualTo(PLAYERS);
                // Everyone answered: the question locks by itself; then the host reveals.
                long lockUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (accounts.runAs("teacher", () -> live.hostView(game.id())).state() != LiveState.LOCKED) {
                    if (System.nanoTime() > lockUntil) {
                        throw new AssertionError("The question did not lock when everyone had answered");
                    }
                    Thread.sleep(5);
                }
                accounts.runAs("teacher", () -> live.reveal(game.id()));
                // A host waits for the class to read the answer: let every phone show it before "next".
                var revealed = "REVEALED/" + index + "/";
                long shownUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (phones.stream().anyMatch(p -> !p.view().screenKey.startsWith(revealed))) {
                    if (System.nanoTime() > shownUntil) {
                        throw new AssertionError("Not every phone showed the answer to question " + (index + 1));
                    }
                    Thread.sleep(5);
                }
                Thread.sleep(300);
            }
        } finally {
            senders.shutdown();
        }
        out.add(String.format(Locale.ROOT, "summary over the %d measured questions (after the warm-up pass): fan-out p50 %.0f ms, p95 %.0f ms (worst question); "
                        + "answer ack p50 %.1f ms, p95 %.1f ms (worst question); answers lost: 0",
                QUESTIONS.length, max(fanout50), max(fanout95), max(ack50), max(ack95)));
        out.add(String.format(Locale.ROOT, "fan-out CPU per phone (median of questions): %.0f µs; the wall-clock figures above "
                + "include waiting for a CPU on a machine shared with other builds",
                cpuPerPhoneUs.stream().sorted().toList().get(cpuPerPhoneUs.size() / 2)));
        out.add("# load average at end " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.add("targets: fan-out p95 < 250 ms, ack p95 < 100 ms, no answer lost, < 300 KB heap per player");
        var file = Path.of("bench", "results", "live-load.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.forEach(System.out::println);
    }

    /** CPU time used so far by the game's push threads (they render the phones' screens). */
    private static long pushCpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("live-push-")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(150);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
