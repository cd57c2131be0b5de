package com.quizdeck.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDateTime;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.deck.DeckService;
import com.quizdeck.quiz.QuizService;
import com.quizdeck.quiz.QuizSettings;
import com.quizdeck.quiz.QuizStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class TeacherQuizzesViewTest extends SpringBrowserlessTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    ClassroomService classrooms;
    @Autowired
    DeckService decks;

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

    @Test
    @WithUserDetails("teacher")
    void editing_keeps_class_and_deck_and_saves_new_settings_and_close_now_closes_the_quiz() {
        var seminar = classrooms.teachingClasses(false).stream().filter(c -> c.name().equals("Politics seminar"))
                .findFirst().orElseThrow();
        var quiz = quizzes.createQuiz(QuizSettings.defaults(seminar.id(), decks.idOf("rdprk-equidistance").orElseThrow(),
                "Equidistance check", java.time.Instant.now().minusSeconds(60)));
        var view = navigate(TeacherQuizzesView.class);

        test(find(Button.class).withAttribute("aria-label", "Edit Equidistance check").single()).click();
        var dialog = find(QuizDialog.class).single();
        assertThat(dialog.klass.isReadOnly()).isTrue();
        assertThat(dialog.deck.isReadOnly()).isTrue();
        assertThat(dialog.klass.getValue().id()).isEqualTo(seminar.id());
        test(dialog.timeLimit).setValue(15);
        test(dialog.attempts).setValue(2);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        var saved = quizzes.quiz(quiz.id()).settings();
        assertThat(saved.timeLimitMinutes()).isEqualTo(15);
        assertThat(saved.attemptsAllowed()).isEqualTo(2);

        test(find(Button.class).withAttribute("aria-label", "Close Equidistance check now").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(quizzes.quiz(quiz.id()).status()).isEqualTo(QuizStatus.CLOSED);
        assertThat(find(Button.class).withAttribute("aria-label", "Close Equidistance check now").all()).isEmpty();
        assertThat(view).isNotNull();
    }
}
