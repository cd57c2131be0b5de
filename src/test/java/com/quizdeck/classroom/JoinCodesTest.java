package com.quizdeck.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @RepeatedTest(50)
    void generated_codes_have_six_unambiguous_characters() {
        var code = JoinCodes.random();
        assertThat(code).hasSize(6).doesNotContainPattern("[01OIL]");
        assertThat(JoinCodes.isWellFormed(code)).isTrue();
    }

    @Test
    void typed_codes_ignore_case_spaces_and_dashes() {
        assertThat(JoinCodes.normalise(" ea-st 24 ")).isEqualTo("EAST24");
    }

    @Test
    void codes_with_look_alike_characters_are_not_well_formed() {
        assertThat(JoinCodes.isWellFormed("EAST10")).isFalse();
        assertThat(JoinCodes.isWellFormed("EAST2")).isFalse();
    }
}
