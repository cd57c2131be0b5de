package com.quizdeck.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NicknamesAndScoringTest {

    @Test
    void nicknames_lose_control_and_invisible_characters_and_collapse_spaces() {
        assertThat(Nicknames.clean("  Ana\u0000 \u200b K.\t\n")).isEqualTo("Ana K.");
        assertThat(Nicknames.clean("\u202eevil")).isEqualTo("evil");
        assertThat(Nicknames.clean("Ｚｏë")).isEqualTo("Ｚｏë");
        assertThat(Nicknames.clean("😀".repeat(20))).hasSize(40); // 20 characters, each two chars in Java
        assertThatThrownBy(() -> Nicknames.clean("😀".repeat(21))).isInstanceOf(LiveRefusedException.class);
        assertThatThrownBy(() -> Nicknames.clean(" \u0007 ")).isInstanceOf(LiveRefusedException.class);
        assertThatThrownBy(() -> Nicknames.clean(null)).isInstanceOf(LiveRefusedException.class);
    }

    @Test
    void nicknames_that_look_alike_have_the_same_key() {
        assertThat(Nicknames.key("Zoë")).isEqualTo(Nicknames.key("ZOE"));
        assertThat(Nicknames.key("Zoë")).isNotEqualTo(Nicknames.key("Zoey"));
    }

    @Test
    void speed_points_halve_over_the_question_time_and_accuracy_only_ignores_time() {
        assertThat(Scoring.points(1, 0, 20_000, true)).isEqualTo(1000);
        assertThat(Scoring.points(1, 10_000, 20_000, true)).isEqualTo(750);
        assertThat(Scoring.points(1, 20_000, 20_000, true)).isEqualTo(500);
        assertThat(Scoring.points(0.5, 0, 20_000, true)).isEqualTo(500);
        assertThat(Scoring.points(0, 0, 20_000, true)).isZero();
        assertThat(Scoring.points(1, 19_000, 20_000, false)).isEqualTo(1000);
        assertThat(Scoring.points(1, 99_000, 20_000, true)).isEqualTo(500);
    }
}
