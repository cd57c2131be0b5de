package com.quizdeck.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class TeacherQuizzesViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("teacher")
    void the_demo_quiz_is_listed_for_its_teacher() {
        navigate(TeacherQuizzesView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Treaties quiz");
    }

    @Test
    @WithUserDetails("teacher")
    void every_problem_of_a_new_quiz_is_shown_next_to_its_field_and_a_good_one_is_created() {
        var view = navigate(TeacherQuizzesView.class);
        test(view.create).click();
        var dialog = find(QuizDialog.class).single();

        dialog.klass.setValue(dialog.klass.getListDataView().getItems()
                .filter(c -> c.name().equals("Politics seminar")).findFirst().orElseThrow());
        test(dialog.title).setValue("");
        var opens = LocalDateTime.of(2030, 5, 4, 10, 0);
        dialog.opens.setValue(opens);
        dialog.closes.setValue(opens.minusDays(1));
        dialog.points.setValue(0);
        test(dialog.save).click();

        assertThat(dialog.problemOf("deckId")).isEqualTo("Choose a deck.");
        assertThat(dialog.problemOf("title")).isEqualTo("Enter a title of 1 to 200 characters.");
        assertThat(dialog.problemOf("closesAt")).isEqualTo("The quiz must close after it opens.");
        assertThat(dialog.problemOf("pointsPerQuestion")).isEqualTo("Points per question are 1 to 100.");
        assertThat(dialog.isOpened()).isTrue();

        dialog.deck.setValue(dialog.deck.getListDataView().getItems()
                .filter(d -> d.slug().equals("rdprk-summits")).findFirst().orElseThrow());
        // Choosing a deck fills in an empty title.
        assertThat(dialog.title.getValue()).isNotBlank();
        test(dialog.title).setValue("Summits check");
        dialog.closes.clear();
        test(dialog.points).setValue(2);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Summits check");
    }
}
