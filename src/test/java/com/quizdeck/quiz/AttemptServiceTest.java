package com.quizdeck.quiz;

import static com.quizdeck.quiz.QuizFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.Role;
import com.quizdeck.content.Deck;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import com.quizdeck.grading.ChoiceResponse;
import com.quizdeck.grading.Grade;
import com.quizdeck.grading.NumericResponse;
import com.quizdeck.grading.OpenResponse;
import com.quizdeck.grading.Response;
import com.quizdeck.grading.SelfRatedResponse;
import com.quizdeck.grading.SelfRating;
import com.quizdeck.grading.TextResponse;
import com.quizdeck.grading.TrueFalseResponse;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.TestUsers;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AttemptServiceTest {

    @Autowired
    QuizFixtures fixtures;
    @Autowired
    AttemptService attempts;
    @Autowired
    QuizService quizzes;
    @Autowired
    DeckService decks;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    OverdueAttemptsJob overdueJob;
    @Autowired
    SubmittedEventsProbe events;
    @Autowired
    com.quizdeck.account.AccountService accountService;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** The response that is right for each question of the fixture deck, in its own indexes. */
    private static Response rightAnswer(AttemptItem item) {
        return switch (item.question().type()) {
            case TRUE_FALSE -> new TrueFalseResponse(((TrueFalseQuestion) item.question()).answer());
            case SINGLE_CHOICE -> new ChoiceResponse(0);
            case SHORT_ANSWER -> new TextResponse("  paris ");
            case NUMERIC -> new NumericResponse("1996");
            case FLASHCARD -> new SelfRatedResponse(SelfRating.GOOD);
            case OPEN -> new OpenResponse("Because it is.");
            default -> throw new IllegalStateException();
        };
    }

    private AttemptItem item(AttemptPage page, com.quizdeck.content.QuestionType type) {
        return page.items().stream().filter(i -> i.question().type() == type).findFirst().orElseThrow();
    }

    @Test
    void a_student_answers_every_question_submits_and_gets_the_score_and_an_event_after_commit() {
        var s = fixtures.setup(q -> q);
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var page = users.as(s.student(), () -> attempts.resume(attemptId));
        assertThat(page.items()).hasSize(6);
        assertThat(page.state()).isEqualTo(AttemptState.IN_PROGRESS);
        assertThat(page.deadline()).isNull();

        for (var item : page.items()) {
            var saved = users.as(s.student(), () -> attempts.saveAnswer(attemptId, item.position(), rightAnswer(item),
                    item.version()));
            assertThat(saved.replacedAnotherAnswer()).isFalse();
        }
        var summary = users.as(s.student(), () -> attempts.submit(attemptId));

        assertThat(summary.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(summary.finishedBy()).isEqualTo(FinishedBy.STUDENT);
        // Four auto-graded questions at 1 point; the flashcard and the open question do not count.
        assertThat(summary.score()).isEqualTo(4.0);
        assertThat(summary.maxScore()).isEqualTo(4.0);
        assertThat(summary.percent()).isEqualTo(100.0);

        var received = events.of(attemptId);
        assertThat(received).hasSize(1);
        var event = received.getFirst();
        assertThat(event.studentId()).isEqualTo(s.student().id());
        assertThat(event.classId()).isEqualTo(s.klass().id());
        assertThat(event.deckId()).isEqualTo(s.deckId());
        assertThat(event.answers()).hasSize(6);
        assertThat(event.answers()).filteredOn(AttemptSubmitted.GradedAnswer::autoGraded).hasSize(4)
                .allSatisfy(a -> assertThat(a.fraction()).isEqualTo(1.0));
        assertThat(event.answers()).allSatisfy(a -> assertThat(a.answeredAt()).isNotNull());

        var review = users.as(s.student(), () -> attempts.review(attemptId));
        assertThat(review.items()).hasSize(6);
        assertThat(review.items()).filteredOn(i -> i.question().type().autoGraded())
                .allSatisfy(i -> assertThat(i.grade().status()).isEqualTo(Grade.Status.CORRECT));
        assertThat(item(page, com.quizdeck.content.QuestionType.OPEN).question().type().autoGraded()).isFalse();
    }

    @Test
    void a_wrong_option_picked_on_screen_is_graded_by_its_original_index() {
        var s = fixtures.setup(q -> q);
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var page = users.as(s.student(), () -> attempts.resume(attemptId));
        var choice = item(page, com.quizdeck.content.QuestionType.SINGLE_CHOICE);
        var question = (SingleChoiceQuestion) choice.question();
        // The student taps the first option shown; the view sends its original index.
        int original = choice.shuffle().order(0, question.options().size()).getFirst();
        users.as(s.student(), () -> attempts.saveAnswer(attemptId, choice.position(), new ChoiceResponse(original),
                choice.version()));
        users.as(s.student(), () -> attempts.submit(attemptId));

        var reviewed = users.as(s.student(), () -> attempts.review(attemptId)).items().stream()
                .filter(i -> i.position() == choice.position()).findFirst().orElseThrow();
        assertThat(reviewed.grade().status())
                .isEqualTo(original == 0 ? Grade.Status.CORRECT : Grade.Status.INCORRECT);
        assertThat(reviewed.response()).isEqualTo(new ChoiceResponse(original));
    }

    @Test
    void a_reload_or_second_tab_resumes_the_same_attempt_with_the_same_shuffle_answers_and_place() {
        var s = fixtures.setup(q -> new QuizSettings(q.classId(), q.deckId(), q.title(), q.opensAt(), null, null, null,
                null, true, true, FeedbackTiming.AFTER_SUBMIT, 1, true));
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var first = users.as(s.student(), () -> attempts.resume(attemptId));
        var sa = item(first, com.quizdeck.content.QuestionType.SHORT_ANSWER);
        users.as(s.student(), () -> attempts.saveAnswer(attemptId, sa.position(), new TextResponse("Lyon"), sa.version()));
        users.as(s.student(), () -> attempts.setFlag(attemptId, sa.position(), true));
        users.as(s.student(), () -> attempts.moveTo(attemptId, 3));

        // "Start" again (a second tab, a double tap) gives the same attempt.
        assertThat(users.as(s.student(), () -> attempts.start(s.quiz().id()))).isEqualTo(attemptId);
        var again = users.as(s.student(), () -> attempts.resume(attemptId));

        assertThat(again.currentPosition()).isEqualTo(3);
        assertThat(again.items()).extracting(AttemptItem::versionId)
                .containsExactlyElementsOf(first.items().stream().map(AttemptItem::versionId).toList());
        assertThat(again.items()).extracting(AttemptItem::shuffle)
                .containsExactlyElementsOf(first.items().stream().map(AttemptItem::shuffle).toList());
        var saAgain = again.items().get(sa.position());
        assertThat(saAgain.response()).isEqualTo(new TextResponse("Lyon"));
        assertThat(saAgain.flagged()).isTrue();
        assertThat(again.answeredCount()).isEqualTo(1);
    }

    @Test
    void two_tabs_answering_one_question_the_later_answer_wins_and_is_told_it_replaced_one() {
        var s = fixtures.setup(q -> q);
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var page = users.as(s.student(), () -> attempts.resume(attemptId));
        var sa = item(page, com.quizdeck.content.QuestionType.SHORT_ANSWER);

        var tabA = users.as(s.student(), () -> attempts.saveAnswer(attemptId, sa.position(), new TextResponse("Lyon"),
                sa.version()));
        // Tab B still holds the version it loaded.
        var tabB = users.as(s.student(), () -> attempts.saveAnswer(attemptId, sa.position(), new TextResponse("Paris"),
                sa.version()));

        assertThat(tabA.replacedAnotherAnswer()).isFalse();
        assertThat(tabB.replacedAnotherAnswer()).isTrue();
        assertThat(tabB.version()).isGreaterThan(tabA.version());
        // Tab A notices on its next look that the answer moved past the version it knows.
        var sync = users.as(s.student(), () -> attempts.sync(attemptId));
        assertThat(sync.versions().get(sa.position())).isEqualTo(tabB.version()).isNotEqualTo(tabA.version());
        assertThat(users.as(s.student(), () -> attempts.resume(attemptId)).items().get(sa.position()).response())
                .isEqualTo(new TextResponse("Paris"));
        // Another question saved meanwhile is untouched by either.
        assertThat(sync.versions().get(item(page, com.quizdeck.content.QuestionType.NUMERIC).position())).isZero();
    }

    @Test
    void an_empty_answer_clears_the_question() {
        var s = fixtures.setup(q -> q);
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var sa = item(users.as(s.student(), () -> attempts.resume(attemptId)), com.quizdeck.content.QuestionType.SHORT_ANSWER);
        var saved = users.as(s.student(), () -> attempts.saveAnswer(attemptId, sa.position(), new TextResponse("x"), sa.version()));
        users.as(s.student(), () -> attempts.saveAnswer(attemptId, sa.position(), new TextResponse("   "), saved.version()));
        var page = users.as(s.student(), () -> attempts.resume(attemptId));
        assertThat(page.items().get(sa.position()).answered()).isFalse();
        assertThat(page.answeredCount()).isZero();
    }

    @Test
    void another_student_cannot_read_or_change_an_attempt_through_any_method() {
        var s = fixtures.setup(q -> with(q, null, null, FeedbackTiming.AFTER_EACH_QUESTION));
        var classmate = fixtures.classmate(s);
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var tf = users.as(s.student(), () -> attempts.resume(attemptId)).items().getFirst();
        users.as(s.student(), () -> attempts.saveAnswer(attemptId, tf.position(), new TrueFalseResponse(true), tf.version()));

        Consumer<Runnable> denied = call -> assertThatThrownBy(() -> users.as(classmate, call))
                .isInstanceOf(AccessDeniedException.class).hasMessage("No such attempt, or it is not yours.");
        denied.accept(() -> attempts.resume(attemptId));
        denied.accept(() -> attempts.saveAnswer(attemptId, 0, new TrueFalseResponse(false), 1));
        denied.accept(() -> attempts.setFlag(attemptId, 0, true));
        denied.accept(() -> attempts.moveTo(attemptId, 1));
        denied.accept(() -> attempts.check(attemptId, 0));
        denied.accept(() -> attempts.sync(attemptId));
        denied.accept(() -> attempts.submit(attemptId));
        users.as(s.student(), () -> attempts.submit(attemptId));
        denied.accept(() -> attempts.review(attemptId));

        // Nothing changed: still the owner's answer, still one attempt.
        var review = users.as(s.student(), () -> attempts.review(attemptId));
        assertThat(review.items().getFirst().response()).isEqualTo(new TrueFalseResponse(true));
        assertThat(users.as(classmate, () -> attempts.quizForStudent(s.quiz().id())).attempts()).isEmpty();

        // Nor can an instructor of another class read it; the class's own instructor can.
        var otherTeacher = users.create(Role.INSTRUCTOR);
        assertThatThrownBy(() -> users.as(otherTeacher, () -> attempts.review(attemptId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(s.teacher(), () -> attempts.review(attemptId)).items()).hasSize(6);
        // Only the system runs the deadline job's methods.
        assertThatThrownBy(() -> users.as(classmate, () -> attempts.finishOverdue(attemptId)))
                .isInstanceOf(AccessDeniedException.class);
        // An instructor cannot take attempts.
        assertThatThrownBy(() -> users.as(s.teacher(), () -> attempts.resume(attemptId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_student_cannot_start_or_see_a_quiz_of_a_class_they_are_not_in() {
        var s = fixtures.setup(q -> q);
        var outsider = users.create(Role.STUDENT);
        assertThatThrownBy(() -> users.as(outsider, () -> attempts.start(s.quiz().id())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("No such quiz, or it is not for a class you are in.");
        assertThatThrownBy(() -> users.as(outsider, () -> attempts.quizForStudent(s.quiz().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(outsider, () -> attempts.myQuizzes())).extracting(StudentQuiz::quizId)
                .doesNotContain(s.quiz().id());
        assertThat(users.as(s.student(), () -> attempts.myQuizzes())).extracting(StudentQuiz::quizId)
                .contains(s.quiz().id());
    }

    @Test
    void an_answer_after_the_deadline_is_refused_with_a_clear_message() {
        var s = fixtures.setup(q -> with(q, 10, null, FeedbackTiming.AFTER_SUBMIT));
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var page = users.as(s.student(), () -> attempts.resume(attemptId));
        assertThat(page.deadline()).isBetween(page.serverNow().plus(Duration.ofMinutes(9)),
                page.serverNow().plus(Duration.ofMinutes(10)));
        var tf = page.items().getFirst();

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThatThrownBy(() -> users.as(s.student(), () -> attempts.saveAnswer(attemptId, tf.position(),
                new TrueFalseResponse(true), tf.version())))
                .isInstanceOf(AttemptClosedException.class)
                .hasMessageStartingWith("Time is up: the deadline passed, so this answer was not saved.");
        assertThatThrownBy(() -> users.as(s.student(), () -> attempts.setFlag(attemptId, 0, true)))
                .isInstanceOf(AttemptClosedException.class);
    }

    @Test
    void the_deadline_job_submits_an_overdue_attempt_with_the_answers_saved_in_time_while_the_browser_is_gone() {
        var s = fixtures.setup(q -> with(q, 10, null, FeedbackTiming.AFTER_SUBMIT));
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var page = users.as(s.student(), () -> attempts.resume(attemptId));
        var tf = page.items().getFirst();
        users.as(s.student(), () -> attempts.saveAnswer(attemptId, tf.position(), new TrueFalseResponse(true), tf.version()));

        clock.advance(Duration.ofMinutes(9));
        overdueJob.submitOverdue();
        assertThat(users.as(s.student(), () -> attempts.sync(attemptId)).state()).isEqualTo(AttemptState.IN_PROGRESS);

        clock.advance(Duration.ofMinutes(2));
        assertThat(overdueJob.submitOverdue()).isGreaterThanOrEqualTo(1);

        var history = users.as(s.student(), () -> attempts.quizForStudent(s.quiz().id())).attempts();
        assertThat(history).hasSize(1);
        var done = history.getFirst();
        assertThat(done.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(done.finishedBy()).isEqualTo(FinishedBy.TIME_UP);
        assertThat(done.score()).isEqualTo(1.0);
        assertThat(done.maxScore()).isEqualTo(4.0);
        assertThat(events.of(attemptId)).hasSize(1);
        // Running again finds nothing more to do.
        assertThat(accountService.runAsSystem(() -> attempts.overdueAttempts())).doesNotContain(attemptId);
    }

    @Test
    void an_overdue_attempt_without_a_single_answer_is_abandoned_without_a_score_or_event() {
        var s = fixtures.setup(q -> with(q, 5, null, FeedbackTiming.AFTER_SUBMIT));
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        clock.advance(Duration.ofMinutes(6));
        overdueJob.submitOverdue();
        var done = users.as(s.student(), () -> attempts.quizForStudent(s.quiz().id())).attempts().getFirst();
        assertThat(done.state()).isEqualTo(AttemptState.ABANDONED);
        assertThat(done.score()).isNull();
        assertThat(events.of(attemptId)).isEmpty();
    }

    @Test
    void a_student_returning_after_the_deadline_finds_the_attempt_submitted() {
        var s = fixtures.setup(q -> with(q, 5, null, FeedbackTiming.AFTER_SUBMIT));
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var tf = users.as(s.student(), () -> attempts.resume(attemptId)).items().getFirst();
        users.as(s.student(), () -> attempts.saveAnswer(attemptId, 0, new TrueFalseResponse(false), tf.version()));
        clock.advance(Duration.ofMinutes(6));
        // No job ran; opening the page ends it all the same.
        var page = users.as(s.student(), () -> attempts.resume(attemptId));
        assertThat(page.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(users.as(s.student(), () -> attempts.review(attemptId)).attempt().finishedBy())
                .isEqualTo(FinishedBy.TIME_UP);
    }

    @Test
    void closing_a_quiz_submits_the_attempts_in_progress() {
        var s = fixtures.setup(q -> q);
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var tf = users.as(s.student(), () -> attempts.resume(attemptId)).items().getFirst();
        users.as(s.student(), () -> attempts.saveAnswer(attemptId, 0, new TrueFalseResponse(true), tf.version()));

        var closed = users.as(s.teacher(), () -> quizzes.closeQuiz(s.quiz().id()));

        assertThat(closed.status()).isEqualTo(QuizStatus.CLOSED);
        assertThat(users.as(s.student(), () -> attempts.sync(attemptId)).state()).isEqualTo(AttemptState.SUBMITTED);
        assertThatThrownBy(() -> users.as(s.student(), () -> attempts.start(s.quiz().id())))
                .isInstanceOf(QuizUnavailableException.class).hasMessageStartingWith("This quiz closed on ");
    }

    @Test
    void editing_a_question_later_changes_neither_the_score_nor_the_review_of_a_past_attempt() {
        var s = fixtures.setup(q -> q);
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var page = users.as(s.student(), () -> attempts.resume(attemptId));
        var tf = page.items().getFirst();
        users.as(s.student(), () -> attempts.saveAnswer(attemptId, tf.position(), new TrueFalseResponse(true), tf.version()));
        var before = users.as(s.student(), () -> attempts.submit(attemptId));
        var reviewBefore = users.as(s.student(), () -> attempts.review(attemptId));

        // The teacher turns the statement around: "true" is now the wrong answer.
        var edited = users.as(s.teacher(), () -> decks.saveDeck(Deck.of(s.deckSlug(), "Deck " + s.deckSlug(),
                QuizFixtures.questions(QuizFixtures.tf("The sky is green.", false))), DeckOrigin.IMPORT, "edit"));
        assertThat(edited.questionsChanged()).isEqualTo(1);

        var reviewAfter = users.as(s.student(), () -> attempts.review(attemptId));
        assertThat(reviewAfter.attempt().score()).isEqualTo(before.score()).isEqualTo(1.0);
        var item = reviewAfter.items().getFirst();
        assertThat(item.question().prompt()).isEqualTo("The sky is blue.");
        assertThat(item.grade().status()).isEqualTo(Grade.Status.CORRECT);
        assertThat(item.question()).isEqualTo(reviewBefore.items().getFirst().question());

        // A new attempt gets the new wording.
        var second = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        assertThat(users.as(s.student(), () -> attempts.resume(second)).items().getFirst().question().prompt())
                .isEqualTo("The sky is green.");
    }

    @Test
    void editing_a_bank_deck_as_the_system_leaves_a_past_attempt_unchanged_too() {
        var s = fixtures.setup(q -> q);
        var slug = "bank-" + s.deckSlug();
        var accounts = accountService;
        // A library deck, as the bank folder loader saves it at start-up.
        var saved = accounts.runAsSystem(() -> decks.saveDeck(Deck.of(slug, "Bank " + slug,
                QuizFixtures.questions(QuizFixtures.tf("Bank statement.", true))), DeckOrigin.BANK, "bank.deck.yaml"));
        var quiz = users.as(s.teacher(), () -> quizzes.createQuiz(QuizSettings.defaults(s.klass().id(), saved.deckId(),
                "Bank quiz", clock.instant().minusSeconds(5))));
        var attemptId = users.as(s.student(), () -> attempts.start(quiz.id()));
        var page = users.as(s.student(), () -> attempts.resume(attemptId));
        var sa = item(page, com.quizdeck.content.QuestionType.SHORT_ANSWER);
        users.as(s.student(), () -> attempts.saveAnswer(attemptId, sa.position(), new TextResponse("Paris"), sa.version()));
        users.as(s.student(), () -> attempts.submit(attemptId));

        var changed = new java.util.ArrayList<>(QuizFixtures.questions(QuizFixtures.tf("Bank statement.", true)));
        changed.set(2, new ShortAnswerQuestion(com.quizdeck.content.QuestionHeader.of("sa", "Capital of Italy?"),
                java.util.List.of(com.quizdeck.content.TextAnswer.of("Rome")), false, false, false));
        accounts.runAsSystem(() -> decks.saveDeck(Deck.of(slug, "Bank " + slug, changed), DeckOrigin.BANK, "bank.deck.yaml"));

        var review = users.as(s.student(), () -> attempts.review(attemptId));
        assertThat(review.attempt().score()).isEqualTo(1.0);
        var reviewed = review.items().get(sa.position());
        assertThat(reviewed.question().prompt()).isEqualTo("Capital of France?");
        assertThat(reviewed.grade().status()).isEqualTo(Grade.Status.CORRECT);
    }

    @Test
    void the_number_of_attempts_is_enforced_and_history_keeps_best_and_last() {
        var s = fixtures.setup(q -> with(q, null, 2, FeedbackTiming.AFTER_SUBMIT));
        for (boolean answer : new boolean[] {true, false}) {
            var id = users.as(s.student(), () -> attempts.start(s.quiz().id()));
            var tf = users.as(s.student(), () -> attempts.resume(id)).items().getFirst();
            users.as(s.student(), () -> attempts.saveAnswer(id, 0, new TrueFalseResponse(answer), tf.version()));
            users.as(s.student(), () -> attempts.submit(id));
        }
        assertThatThrownBy(() -> users.as(s.student(), () -> attempts.start(s.quiz().id())))
                .isInstanceOf(QuizUnavailableException.class)
                .hasMessage("You have used all 2 attempts at this quiz.");

        var mine = users.as(s.student(), () -> attempts.myQuizzes()).stream()
                .filter(q -> q.quizId().equals(s.quiz().id())).findFirst().orElseThrow();
        assertThat(mine.attemptsUsed()).isEqualTo(2);
        assertThat(mine.bestPercent()).isEqualTo(25.0);
        assertThat(mine.lastPercent()).isEqualTo(0.0);
        assertThat(mine.canStart()).isFalse();
        assertThat(mine.done()).isTrue();
        var detail = users.as(s.student(), () -> attempts.quizForStudent(s.quiz().id()));
        assertThat(detail.attempts()).extracting(AttemptSummary::attemptNo).containsExactly(1, 2);
    }

    @Test
    void an_upcoming_quiz_cannot_be_started_yet() {
        var s = fixtures.setup(q -> new QuizSettings(q.classId(), q.deckId(), q.title(),
                clock.instant().plus(Duration.ofDays(1)), null, null, null, null, false, true,
                FeedbackTiming.AFTER_SUBMIT, 1, true));
        assertThatThrownBy(() -> users.as(s.student(), () -> attempts.start(s.quiz().id())))
                .isInstanceOf(QuizUnavailableException.class).hasMessageStartingWith("This quiz opens on ");
        var mine = users.as(s.student(), () -> attempts.myQuizzes()).stream()
                .filter(q -> q.quizId().equals(s.quiz().id())).findFirst().orElseThrow();
        assertThat(mine.status()).isEqualTo(QuizStatus.UPCOMING);
    }

    @Test
    void feedback_after_each_question_checks_an_answer_and_makes_it_final() {
        var s = fixtures.setup(q -> with(q, null, null, FeedbackTiming.AFTER_EACH_QUESTION));
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var tf = users.as(s.student(), () -> attempts.resume(attemptId)).items().getFirst();
        assertThatThrownBy(() -> users.as(s.student(), () -> attempts.check(attemptId, 0)))
                .isInstanceOf(IllegalStateException.class).hasMessage("Answer the question before checking it.");
        var saved = users.as(s.student(), () -> attempts.saveAnswer(attemptId, 0, new TrueFalseResponse(false), tf.version()));

        var feedback = users.as(s.student(), () -> attempts.check(attemptId, 0));

        assertThat(feedback.grade().status()).isEqualTo(Grade.Status.INCORRECT);
        assertThat(feedback.question().explanation()).isEqualTo("Explained.");
        assertThatThrownBy(() -> users.as(s.student(), () -> attempts.saveAnswer(attemptId, 0,
                new TrueFalseResponse(true), saved.version() + 1)))
                .isInstanceOf(AttemptClosedException.class).hasMessage("You checked this answer, so it can no longer change.");
        var item = users.as(s.student(), () -> attempts.resume(attemptId)).items().getFirst();
        assertThat(item.checked()).isTrue();
        assertThat(item.feedback()).isNotNull();
    }

    @Test
    void checking_is_refused_when_feedback_comes_after_submitting() {
        var s = fixtures.setup(q -> q);
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        assertThatThrownBy(() -> users.as(s.student(), () -> attempts.check(attemptId, 0)))
                .isInstanceOf(IllegalStateException.class).hasMessage("This quiz shows results only after you submit.");
    }

    @Test
    void a_review_is_not_available_while_the_attempt_is_in_progress_and_a_second_submit_is_refused() {
        var s = fixtures.setup(q -> q);
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        assertThatThrownBy(() -> users.as(s.student(), () -> attempts.review(attemptId)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("still in progress");
        users.as(s.student(), () -> attempts.submit(attemptId));
        assertThatThrownBy(() -> users.as(s.student(), () -> attempts.submit(attemptId)))
                .isInstanceOf(IllegalStateException.class).hasMessage("This attempt was already submitted.");
    }

    @Test
    void drawing_n_questions_at_random_gives_each_attempt_that_many() {
        var s = fixtures.setup(q -> new QuizSettings(q.classId(), q.deckId(), q.title(), q.opensAt(), null, null, null,
                3, true, true, FeedbackTiming.AFTER_SUBMIT, 2, false));
        var attemptId = users.as(s.student(), () -> attempts.start(s.quiz().id()));
        var page = users.as(s.student(), () -> attempts.resume(attemptId));
        assertThat(page.items()).hasSize(3);
        assertThat(page.items()).extracting(AttemptItem::questionId).doesNotHaveDuplicates();
        var mine = users.as(s.student(), () -> attempts.quizForStudent(s.quiz().id()));
        assertThat(mine.quiz().questionCount()).isEqualTo(3);
    }
}
