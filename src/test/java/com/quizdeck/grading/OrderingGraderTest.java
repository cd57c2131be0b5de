package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.content.OrderingQuestion;
import com.quizdeck.grading.Grade.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule is the longest ordered subset ÷ n (0 when only one item is in order); see {@link OrderingGrader}. */
class OrderingGraderTest {

    private final Grader grader = new Grader();

    /** A B C D E in the correct order. */
    private final OrderingQuestion five = new OrderingQuestion(Q.header("five"), List.of("A", "B", "C", "D", "E"));

    private double fraction(OrderingQuestion q, Integer... order) {
        return grader.grade(q, OrderingResponse.of(order)).fraction();
    }

    @Test
    void the_correct_order_earns_full_credit() {
        var grade = grader.grade(five, OrderingResponse.of(0, 1, 2, 3, 4));
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void one_item_moved_costs_one_item_wherever_it_went() {
        assertThat(fraction(five, 1, 2, 3, 4, 0)).as("first moved to the end").isEqualTo(0.8);
        assertThat(fraction(five, 0, 2, 1, 3, 4)).as("neighbours swapped").isEqualTo(0.8);
        assertThat(fraction(five, 0, 1, 4, 2, 3)).as("last moved to the middle").isEqualTo(0.8);
    }

    @Test
    void a_list_shifted_by_one_keeps_most_of_its_credit() {
        assertThat(fraction(five, 4, 0, 1, 2, 3)).isEqualTo(0.8);
    }

    @Test
    void items_in_order_need_not_be_next_to_each_other() {
        assertThat(fraction(five, 0, 3, 1, 4, 2)).as("A B C in order, D E misplaced").isEqualTo(0.6);
    }

    @Test
    void a_reversed_list_earns_nothing() {
        var grade = grader.grade(five, OrderingResponse.of(4, 3, 2, 1, 0));
        assertThat(grade.fraction()).isZero();
        assertThat(grade.status()).isEqualTo(Status.INCORRECT);
        assertThat(grade.parts()).allSatisfy(part -> assertThat(part.fraction()).isZero());
    }

    @Test
    void two_swapped_items_earn_nothing_not_half() {
        var two = new OrderingQuestion(Q.header("two"), List.of("first", "second"));
        assertThat(fraction(two, 1, 0)).isZero();
        assertThat(fraction(two, 0, 1)).isEqualTo(1.0);
    }

    @Test
    void parts_mark_the_items_that_have_to_move() {
        var grade = grader.grade(five, OrderingResponse.of(1, 2, 3, 4, 0));
        assertThat(grade.parts()).extracting(PartGrade::label).containsExactly("A", "B", "C", "D", "E");
        assertThat(grade.parts()).extracting(PartGrade::fraction).containsExactly(0.0, 1.0, 1.0, 1.0, 1.0);
        assertThat(grade.parts()).extracting(PartGrade::answer).containsExactly("5", "1", "2", "3", "4");
    }

    @Test
    void parts_add_up_to_the_grade() {
        var grade = grader.grade(five, OrderingResponse.of(2, 0, 4, 1, 3));
        double sum = grade.parts().stream().mapToDouble(PartGrade::fraction).sum();
        assertThat(sum / 5).isEqualTo(grade.fraction());
    }

    @Test
    void a_single_item_question_is_trivially_right() {
        var one = new OrderingQuestion(Q.header("one"), List.of("only"));
        assertThat(fraction(one, 0)).isEqualTo(1.0);
    }

    @Test
    void a_response_that_leaves_out_or_repeats_an_item_is_refused() {
        assertThatThrownBy(() -> grader.grade(five, OrderingResponse.of(0, 1, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("each of its 5 items once");
        assertThatThrownBy(() -> grader.grade(five, OrderingResponse.of(0, 1, 2, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> grader.grade(five, OrderingResponse.of(0, 1, 2, 3, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longest_ordered_subset_finds_a_longest_increasing_run_with_gaps() {
        assertThat(OrderingGrader.longestOrderedSubset(List.of(3, 0, 4, 1, 2))).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(OrderingGrader.longestOrderedSubset(List.of(2, 1, 0))).hasSize(1);
    }
}
