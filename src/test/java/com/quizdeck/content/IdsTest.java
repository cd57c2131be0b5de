package com.quizdeck.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void slug_drops_accents_apostrophes_and_punctuation() {
        assertThat(Ids.slug("Jesus' hometown (Short answer ex.)", 60, "q")).isEqualTo("jesus-hometown-short-answer-ex");
        assertThat(Ids.slug("Pyóngyang — 2024", 60, "q")).isEqualTo("pyongyang-2024");
    }

    @Test
    void slug_of_nothing_is_the_fallback() {
        assertThat(Ids.slug("¿?", 60, "q")).isEqualTo("q");
    }

    @Test
    void slug_is_cut_at_a_word_boundary_without_trailing_dash() {
        assertThat(Ids.slug("abc def", 4, "q")).isEqualTo("abc");
    }

    @Test
    void allocator_adds_a_counter() {
        var ids = new IdAllocator();
        assertThat(ids.allocate("a")).isEqualTo("a");
        assertThat(ids.allocate("a")).isEqualTo("a-2");
        assertThat(ids.allocate("a")).isEqualTo("a-3");
    }

    @Test
    void allocator_skips_ids_taken_by_other_bases() {
        var ids = new IdAllocator();
        assertThat(ids.allocate("a-2")).isEqualTo("a-2");
        assertThat(ids.allocate("a")).isEqualTo("a");
        assertThat(ids.allocate("a")).isEqualTo("a-3");
    }

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void allocator_is_fast_for_many_equal_bases() {
        var ids = new IdAllocator();
        for (int i = 0; i < 200_000; i++) {
            ids.allocate("q");
        }
        assertThat(ids.allocate("q")).isEqualTo("q-200001");
    }

    @Test
    void question_ids_allow_underscore_and_dot_but_deck_ids_do_not() {
        assertThat(Ids.isValidQuestionId("q_1.a")).isTrue();
        assertThat(Ids.isValidDeckId("q_1.a")).isFalse();
        assertThat(Ids.isValidDeckId("Upper")).isFalse();
    }
}
