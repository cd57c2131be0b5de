package com.quizdeck.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PhaseTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void an_open_question_accepts_answers_until_its_deadline_only() {
        var open = Phase.lobby().open(0, 20, T0);
        assertThat(open.acceptsAnswers(T0.plusMillis(19_999))).isTrue();
        assertThat(open.acceptsAnswers(T0.plusSeconds(20))).isFalse();
        assertThat(open.lock().acceptsAnswers(T0.plusSeconds(1))).isFalse();
    }

    @Test
    void a_pause_stops_the_clock_and_does_not_count_as_thinking_time() {
        var open = Phase.lobby().open(0, 20, T0);
        var paused = open.pause(T0.plusSeconds(5));
        assertThat(paused.remainingMs()).isEqualTo(15_000);
        assertThat(paused.acceptsAnswers(T0.plusSeconds(6))).isFalse();
        var resumed = paused.resume(20, T0.plusSeconds(65));
        assertThat(resumed.deadline()).isEqualTo(T0.plusSeconds(80));
        assertThat(resumed.openedAt()).isEqualTo(T0.plusSeconds(60)); // 5 s were used before the pause
    }

    @Test
    void steps_out_of_order_are_refused() {
        var lobby = Phase.lobby();
        assertThatThrownBy(lobby::lock).isInstanceOf(LiveRefusedException.class);
        assertThatThrownBy(lobby::reveal).isInstanceOf(LiveRefusedException.class);
        var open = lobby.open(0, 20, T0);
        assertThatThrownBy(() -> open.open(1, 20, T0)).isInstanceOf(LiveRefusedException.class);
        assertThatThrownBy(open::leaderboard).isInstanceOf(LiveRefusedException.class);
        var ended = open.end(T0);
        assertThatThrownBy(() -> ended.end(T0)).isInstanceOf(LiveRefusedException.class);
    }

    @Test
    void after_a_restart_an_open_question_waits_paused_with_at_least_ten_seconds() {
        var open = Phase.lobby().open(2, 20, T0);
        var restored = open.restored(20, T0.plusSeconds(19));
        assertThat(restored.paused()).isTrue();
        assertThat(restored.remainingMs()).isEqualTo(10_000);
        assertThat(open.restored(20, T0.plusSeconds(2)).remainingMs()).isEqualTo(18_000);
        assertThat(open.lock().restored(20, T0)).isEqualTo(open.lock());
    }
}
