package com.quizdeck.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestUsers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stopping the application lets an answer that is being stored finish (stored and acknowledged), and
 * refuses answers that arrive after the stop began, so that the phone sends them again.
 */
@IntegrationTest
class LiveShutdownTest {

    @Autowired
    LiveSessionService live;
    @Autowired
    LiveAnswerGate gate;
    @Autowired
    LiveFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    SlowLiveAnswers slow;

    @AfterEach
    void reopen() {
        slow.release();
        gate.start();
    }

    @Test
    void an_answer_being_stored_when_the_application_stops_is_stored_and_acknowledged() throws Exception {
        var host = fixtures.instructor();
        var game = fixtures.game(host, new LiveSettings(20, false, true, true, true, true), LiveSessionServiceTest.CHOICE);
        var ann = live.joinAsGuest(game.id(), "Ann", null);
        var bob = live.joinAsGuest(game.id(), "Bob", null);
        users.as(host, () -> live.start(game.id()));

        // Own threads: the common pool has one thread on a two-core machine.
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        slow.holdAnswersOf(game.id());
        var answer = CompletableFuture.supplyAsync(() -> live.answer(ann, 0, new ChoiceResponse(0)), threads);
        assertThat(slow.entered.await(10, TimeUnit.SECONDS)).isTrue(); // inside the answer's transaction now
        var stop = CompletableFuture.runAsync(gate::stop, threads);

        // While the stop waits for Ann's answer, a new answer is refused, so Bob's phone sends it again later.
        awaitTrue(() -> !gate.accepting() && gate.inFlight() == 1);
        assertThatThrownBy(() -> live.answer(bob, 0, new ChoiceResponse(1)))
                .isInstanceOfSatisfying(LiveRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LiveRefusedException.Reason.STOPPING));
        assertThat(stop).isNotDone();

        slow.release();
        assertThat(answer.get(10, TimeUnit.SECONDS).position()).isZero();
        stop.get(10, TimeUnit.SECONDS);
        assertThat(gate.inFlight()).isZero();
        var report = users.as(host, () -> live.report(game.id()));
        assertThat(report.answers()).extracting(LiveReport.AnswerLine::playerName).containsExactly("Ann");
        threads.shutdown();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }
}
