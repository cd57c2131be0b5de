package com.quizdeck.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.account.AccountService;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.quiz.AttemptService;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The student's quiz list, the attempt page and the review, on the demo class's "Treaties quiz". */
@UiTest
class StudentQuizViewsTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;
    @Autowired
    AccountService accounts;
    @Autowired
    com.quizdeck.support.TestUsers users;
    @Autowired
    com.quizdeck.classroom.ClassroomService classrooms;
    @Autowired
    com.quizdeck.quiz.QuizFixtures fixtures;

    @Test
    @WithUserDetails("ana")
    void the_list_shows_the_open_demo_quiz_and_start_opens_an_attempt_at_the_first_question() {
        navigate(StudentQuizzesView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Treaties quiz", "Open (1)", "Done (0)");
        assertThat(find(Span.class).all()).extracting(Span::getText)
                .anyMatch(t -> t.startsWith("29 questions · no time limit · 0 of 3 attempts used"));

        test(find(Button.class).withText("Start").single()).click();

        assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
        var view = (AttemptView) getCurrentView();
        assertThat(view.currentPosition()).isZero();
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Question 1 of 29");
        // Back on the list, the same attempt is offered to resume rather than a new one.
        navigate(StudentQuizzesView.class);
        assertThat(find(Button.class).withText("Resume").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("ben")
    void an_answer_is_saved_acknowledged_kept_on_reload_and_counted_in_the_review() {
        var attemptId = attempts.start(attempts.myQuizzes().stream()
                .filter(q -> q.title().equals("Treaties quiz")).findFirst().orElseThrow().quizId());
        var view = navigate(AttemptView.class, Map.of("attemptId", String.valueOf(attemptId)));

        // Question 1 is single choice: the view offers the options shuffled and answers in the question's indexes.
        var choice = (AnswerInput.SingleChoice) view.input;
        assertThat(choice.group.getListDataView().getItems().toList()).containsExactlyInAnyOrder(0, 1, 2);
        choice.group.setValue(0);
        assertThat(view.saveStatus.getText()).startsWith("Saved · question 1 · ");
        assertThat(attempts.resume(attemptId).items().getFirst().response()).isEqualTo(new ChoiceResponse(0));

        test(view.next).click();
        assertThat(view.currentPosition()).isEqualTo(1);
        test(view.flag).click();

        // A reload opens the same place with the same answers.
        var again = navigate(AttemptView.class, Map.of("attemptId", String.valueOf(attemptId)));
        assertThat(again.currentPosition()).isEqualTo(1);
        assertThat(again.flag.getText()).isEqualTo("Flagged");
        assertThat(find(Button.class).withClassName("qd-nav-question").all().getFirst().getElement()
                .getAttribute("aria-label")).isEqualTo("Question 1, answered");
        assertThat(find(Button.class).withClassName("qd-nav-question").all().get(1).getElement()
                .getAttribute("aria-label")).isEqualTo("Question 2, not answered, flagged");

        test(again.finish).click();
        var confirm = find(ConfirmDialog.class).single();
        test(confirm).confirm();

        assertThat(getCurrentView()).isInstanceOf(ReviewView.class);
        assertThat(find(Span.class).withClassName("qd-score-points").single().getText()).isEqualTo("1 of 22 points");
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Question 1 of 29");
        assertThat(find(Span.class).withClassName("qd-review-label").all()).extracting(Span::getText)
                .contains("Your answer", "Correct answer", "Explanation", "From the source");
    }

    @Test
    @WithUserDetails("chloe")
    void the_attempt_page_offers_a_control_that_fits_every_type() {
        var attemptId = attempts.start(attempts.myQuizzes().stream()
                .filter(q -> q.title().equals("Treaties quiz")).findFirst().orElseThrow().quizId());
        var page = attempts.resume(attemptId);
        var view = navigate(AttemptView.class, Map.of("attemptId", String.valueOf(attemptId)));
        var kinds = new java.util.HashMap<com.quizdeck.content.QuestionType, Class<?>>();
        for (var item : page.items()) {
            test(find(Button.class).withClassName("qd-nav-question").all().get(item.position())).click();
            kinds.putIfAbsent(item.question().type(), view.input.getClass());
        }
        assertThat(kinds).containsEntry(com.quizdeck.content.QuestionType.SINGLE_CHOICE, AnswerInput.SingleChoice.class)
                .containsEntry(com.quizdeck.content.QuestionType.MULTIPLE_RESPONSE, AnswerInput.MultipleChoice.class)
                .containsEntry(com.quizdeck.content.QuestionType.TRUE_FALSE, AnswerInput.TrueFalse.class)
                .containsEntry(com.quizdeck.content.QuestionType.SHORT_ANSWER, AnswerInput.Typed.class)
                .containsEntry(com.quizdeck.content.QuestionType.NUMERIC, AnswerInput.Typed.class)
                .containsEntry(com.quizdeck.content.QuestionType.MATCHING, AnswerInput.Matching.class)
                .containsEntry(com.quizdeck.content.QuestionType.ORDERING, AnswerInput.Ordering.class)
                .containsEntry(com.quizdeck.content.QuestionType.CLOZE, AnswerInput.Cloze.class)
                .containsEntry(com.quizdeck.content.QuestionType.FLASHCARD, AnswerInput.Flashcard.class)
                .containsEntry(com.quizdeck.content.QuestionType.OPEN, AnswerInput.Written.class);

        // Ordering: moving an item saves the new order at once, in the question's own indexes.
        var ordering = page.items().stream().filter(i -> i.question().type() == com.quizdeck.content.QuestionType.ORDERING)
                .findFirst().orElseThrow();
        test(find(Button.class).withClassName("qd-nav-question").all().get(ordering.position())).click();
        var input = (AnswerInput.Ordering) view.input;
        var before = java.util.List.copyOf(input.current);
        input.move(before.get(1), -1);
        assertThat(view.saveStatus.getText()).startsWith("Saved");
        var saved = (com.quizdeck.grading.OrderingResponse) attempts.resume(attemptId).items()
                .get(ordering.position()).response();
        assertThat(saved.itemIndexes()).containsExactly(before.get(1), before.get(0), before.get(2), before.get(3));

        // Matching: a menu per item; picking one saves the chosen text for that item.
        var matching = page.items().stream().filter(i -> i.question().type() == com.quizdeck.content.QuestionType.MATCHING)
                .findFirst().orElseThrow();
        test(find(Button.class).withClassName("qd-nav-question").all().get(matching.position())).click();
        var menus = (AnswerInput.Matching) view.input;
        menus.selects.getFirst().choose(0);
        var pairs = ((com.quizdeck.grading.MatchingResponse) attempts.resume(attemptId).items()
                .get(matching.position()).response()).rightByLeft();
        assertThat(pairs).containsOnlyKeys(0);
    }

    @Test
    void an_answer_from_another_tab_shows_up_at_the_next_poll_and_the_page_says_so() {
        var student = users.create(com.quizdeck.account.Role.STUDENT);
        users.as(student, () -> classrooms.joinByCode("EAST24"));
        accounts.runAs(student.username(), () -> {
            var quizId = attempts.myQuizzes().stream().filter(q -> q.title().equals("Treaties quiz")).findFirst()
                    .orElseThrow().quizId();
            var attemptId = attempts.start(quizId);
            var view = navigate(AttemptView.class, Map.of("attemptId", String.valueOf(attemptId)));
            var first = attempts.resume(attemptId).items().getFirst();

            // "Another tab" answers question 1 (the one on screen here).
            attempts.saveAnswer(attemptId, 0, new ChoiceResponse(2), first.version());
            view.sync();

            assertThat(((AnswerInput.SingleChoice) view.input).group.getValue()).isEqualTo(2);
            assertThat(find(Button.class).withClassName("qd-nav-question").all().getFirst().getElement()
                    .getAttribute("aria-label")).isEqualTo("Question 1, answered");
            assertThat(view.announcement()).isEqualTo(
                    "Question 1 was answered in another tab or device; this page now shows that answer.");
            return null;
        });
    }

    @Test
    void with_feedback_after_each_question_check_shows_the_result_and_locks_the_answer() {
        var s = fixtures.setup(q -> com.quizdeck.quiz.QuizFixtures.with(q, null, null,
                com.quizdeck.quiz.FeedbackTiming.AFTER_EACH_QUESTION));
        accounts.runAs(s.student().username(), () -> {
            var attemptId = attempts.start(s.quiz().id());
            var view = navigate(AttemptView.class, Map.of("attemptId", String.valueOf(attemptId)));
            // The fixture deck's first question: true or false, "The sky is blue." (true).
            var tf = (AnswerInput.TrueFalse) view.input;
            tf.group.setValue(true);
            test(find(Button.class).withText("Check my answer").single()).click();

            assertThat(find(Span.class).withClassName("qd-result").all()).extracting(b -> b.getElement().getTextRecursively())
                    .contains("Correct");
            assertThat(((AnswerInput.TrueFalse) view.input).group.isReadOnly()).isTrue();
            assertThat(find(Button.class).withText("Check my answer").all()).isEmpty();
            return null;
        });
    }
}
