package com.quizdeck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.grading.Grade.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FlashcardAndOpenGraderTest {

    private final Grader grader = new Grader();

    private final FlashcardQuestion card = new FlashcardQuestion(Q.header("card", "See lesson 3."), "Capital of DPRK?",
            "Pyongyang");

    private final OpenQuestion essay = new OpenQuestion(Q.header("essay", "Thanks for writing."),
            "Mentions the 2024 treaty.");

    @Test
    void again_means_not_recalled_and_earns_nothing() {
        var grade = grader.grade(card, new SelfRatedResponse(SelfRating.AGAIN));
        assertThat(grade.fraction()).isZero();
        assertThat(grade.status()).isEqualTo(Status.INCORRECT);
    }

    @ParameterizedTest
    @EnumSource(value = SelfRating.class, names = {"HARD", "GOOD", "EASY"})
    void hard_good_and_easy_all_mean_recalled_and_earn_full_credit(SelfRating rating) {
        var grade = grader.grade(card, new SelfRatedResponse(rating));
        assertThat(grade.fraction()).isEqualTo(1.0);
        assertThat(grade.status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void a_flashcard_shows_its_general_feedback() {
        assertThat(grader.grade(card, new SelfRatedResponse(SelfRating.GOOD)).feedback()).isEqualTo("See lesson 3.");
    }

    @Test
    void an_open_question_is_not_graded() {
        var grade = grader.grade(essay, new OpenResponse("The treaty of 2024 ..."));
        assertThat(grade.status()).isEqualTo(Status.NOT_GRADED);
        assertThat(grade.fraction()).isZero();
    }

    @Test
    void an_open_question_shows_the_general_feedback_but_not_the_teachers_guidance() {
        var grade = grader.grade(essay, new OpenResponse(""));
        assertThat(grade.feedback()).isEqualTo("Thanks for writing.");
    }
}
