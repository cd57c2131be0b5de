package com.quizdeck.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.Choice;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.MatchPair;
import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.content.NumericAnswer;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.QuestionType;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.deck.QuestionRef;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.Grade;
import com.quizdeck.grading.Grader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class LayoutsTest {

    private final Random random = new Random(42);

    private static List<QuestionRef> refs(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new QuestionRef(1L, (long) i, "q" + i, QuestionType.TRUE_FALSE, 100L + i, 1)).toList();
    }

    @Test
    void all_questions_in_deck_order_unless_shuffled() {
        assertThat(Layouts.select(refs(5), null, false, random)).extracting(QuestionRef::questionId)
                .containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(Layouts.select(refs(5), null, true, random)).extracting(QuestionRef::questionId)
                .containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L);
    }

    @RepeatedTest(20)
    void n_at_random_keeps_deck_order_among_those_drawn() {
        var chosen = Layouts.select(refs(10), 4, false, new Random());
        assertThat(chosen).hasSize(4).doesNotHaveDuplicates();
        assertThat(chosen).extracting(QuestionRef::questionId).isSorted();
    }

    @RepeatedTest(20)
    void ordering_and_matching_never_start_in_their_stored_order() {
        var ordering = new OrderingQuestion(QuestionHeader.of("o", "Order"), List.of("a", "b"));
        assertThat(Layouts.shuffleFor(ordering, false, new Random()).order(0, 2)).containsExactly(1, 0);
        var matching = new MatchingQuestion(QuestionHeader.of("m", "Match"),
                List.of(new MatchPair("x", "1"), new MatchPair("y", "2")), List.of());
        assertThat(Layouts.shuffleFor(matching, false, new Random()).order(0, 2)).containsExactly(1, 0);
    }

    @Test
    void choice_options_move_only_when_quiz_and_question_allow_it() {
        var shuffles = choice(true);
        var fixed = choice(false);
        assertThat(Layouts.shuffleFor(fixed, true, random)).isEqualTo(Shuffle.NONE);
        assertThat(Layouts.shuffleFor(shuffles, false, random)).isEqualTo(Shuffle.NONE);
        assertThat(Layouts.shuffleFor(shuffles, true, random).order(0, 4)).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void cloze_shuffles_only_its_choice_blanks() {
        var cloze = new ClozeQuestion(QuestionHeader.of("c", null), "{1} and {2}", List.of(
                new NumericBlank(List.of(NumericAnswer.Value.exactly(BigDecimal.ONE)), null),
                new ChoiceBlank(List.of(Choice.correct("a"), Choice.wrong("b"), Choice.wrong("c")))));
        var shuffle = Layouts.shuffleFor(cloze, true, random);
        assertThat(shuffle.orders()).hasSize(2);
        assertThat(shuffle.orders().get(0)).isEmpty();
        assertThat(shuffle.orders().get(1)).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void the_option_a_student_picks_on_screen_is_graded_by_its_original_index() {
        var q = choice(true);
        var shuffle = new Shuffle(List.of(List.of(2, 0, 3, 1)));
        // On screen the correct option ("right", original index 0) is second.
        int shownSecond = shuffle.order(0, 4).get(1);
        assertThat(q.options().get(shownSecond).text()).isEqualTo("right");
        assertThat(new Grader().grade(q, new ChoiceResponse(shownSecond)).status()).isEqualTo(Grade.Status.CORRECT);
    }

    private static SingleChoiceQuestion choice(boolean shuffle) {
        return new SingleChoiceQuestion(QuestionHeader.of("s", "Pick"),
                List.of(Choice.correct("right"), Choice.wrong("w1"), Choice.wrong("w2"), Choice.wrong("w3")), shuffle);
    }
}
