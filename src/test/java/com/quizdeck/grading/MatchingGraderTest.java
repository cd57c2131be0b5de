package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.quizdeck.content.MatchingQuestion;
import com.quizdeck.grading.Grade.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchingGraderTest {

    private final Grader grader = new Grader();

    private final MatchingQuestion capitals = new MatchingQuestion(Q.header("capitals"),
            List.of(Q.pair("Canada", "Ottawa"), Q.pair("Italy", "Rome"), Q.pair("Japan", "Tokyo"),
                    Q.pair("India", "New Delhi")),
            List.of("Sydney"));

    @Test
    void all_pairs_right_earns_full_credit() {
        var grade = grader.grade(capitals, new MatchingResponse(Map.of(0, "Ottawa", 1, "Rome", 2, "Tokyo",
                3, "New Delhi")));
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void each_right_pair_earns_an_equal_share() {
        var grade = grader.grade(capitals, new MatchingResponse(Map.of(0, "Ottawa", 1, "Tokyo", 2, "Rome",
                3, "New Delhi")));
        assertThat(grade.fraction()).isEqualTo(0.5);
        assertThat(grade.status()).isEqualTo(Status.PARTIAL);
    }

    @Test
    void a_distractor_is_wrong_for_every_pair_and_costs_only_that_pair() {
        var grade = grader.grade(capitals, new MatchingResponse(Map.of(0, "Sydney", 1, "Rome", 2, "Tokyo",
                3, "New Delhi")));
        assertThat(grade.fraction()).isEqualTo(0.75);
    }

    @Test
    void unanswered_pairs_earn_nothing_and_say_so() {
        var grade = grader.grade(capitals, new MatchingResponse(Map.of(1, "Rome")));
        assertThat(grade.fraction()).isEqualTo(0.25);
        assertThat(grade.parts().getFirst().feedback()).isEqualTo("Not answered");
        assertThat(grade.parts().getFirst().answer()).isNull();
    }

    @Test
    void there_is_one_part_per_pair_in_the_questions_order() {
        var grade = grader.grade(capitals, new MatchingResponse(Map.of(3, "New Delhi", 0, "Rome")));
        assertThat(grade.parts()).extracting(PartGrade::label).containsExactly("Canada", "Italy", "Japan", "India");
        assertThat(grade.parts()).extracting(PartGrade::answer).containsExactly("Rome", null, null, "New Delhi");
        assertThat(grade.parts()).extracting(PartGrade::status).containsExactly(Status.INCORRECT, Status.INCORRECT,
                Status.INCORRECT, Status.CORRECT);
    }

    @Test
    void two_pairs_may_share_the_same_right_hand_side() {
        var q = new MatchingQuestion(Q.header("continents"), List.of(Q.pair("France", "Europe"),
                Q.pair("Spain", "Europe"), Q.pair("Peru", "South America")), List.of());
        var grade = grader.grade(q, new MatchingResponse(Map.of(0, "Europe", 1, "Europe", 2, "Europe")));
        assertThat(grade.fraction()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void surrounding_spaces_in_the_chosen_text_do_not_matter() {
        var grade = grader.grade(capitals, new MatchingResponse(Map.of(0, " Ottawa ")));
        assertThat(grade.parts().getFirst().fraction()).isEqualTo(1.0);
    }

    @Test
    void the_general_feedback_is_the_grades_feedback() {
        var q = capitals.withHeader(capitals.header().withGeneralFeedback("Capitals change rarely."));
        assertThat(grader.grade(q, new MatchingResponse(Map.of())).feedback()).isEqualTo("Capitals change rarely.");
    }

    @Test
    void a_pair_index_outside_the_pairs_is_refused() {
        assertThatThrownBy(() -> grader.grade(capitals, new MatchingResponse(Map.of(4, "Ottawa"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pair 4");
    }

    @Test
    void a_question_without_pairs_cannot_be_graded() {
        var empty = new MatchingQuestion(Q.header("empty"), List.of(), List.of("x"));
        assertThatThrownBy(() -> grader.grade(empty, new MatchingResponse(Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pairs");
    }
}
