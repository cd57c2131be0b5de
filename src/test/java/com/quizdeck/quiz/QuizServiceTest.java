package com.quizdeck.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.InvalidInputException;
import com.quizdeck.account.Role;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.SharedDeck;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class QuizServiceTest {

    @Autowired
    QuizFixtures fixtures;
    @Autowired
    QuizService quizzes;
    @Autowired
    DeckService decks;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    @Test
    void creating_a_quiz_gives_its_deck_to_the_class_and_lists_it_for_the_teacher() {
        var s = fixtures.setup(q -> q);
        assertThat(users.as(s.teacher(), () -> decks.decksOfClass(s.klass().id()))).extracting(SharedDeck::deckId)
                .contains(s.deckId());
        var mine = users.as(s.teacher(), () -> quizzes.teachingQuizzes());
        assertThat(mine).extracting(QuizSummary::id).containsExactly(s.quiz().id());
        var summary = mine.getFirst();
        assertThat(summary.className()).isEqualTo(s.klass().name());
        assertThat(summary.deckQuestionCount()).isEqualTo(6);
        assertThat(summary.status()).isEqualTo(QuizStatus.OPEN);
        assertThat(summary.settings().feedbackTiming()).isEqualTo(FeedbackTiming.AFTER_SUBMIT);
    }

    @Test
    void each_invalid_setting_is_named_with_its_field() {
        var s = fixtures.setup(q -> q);
        var base = QuizSettings.defaults(s.klass().id(), s.deckId(), "Second quiz", clock.instant());
        expectInvalid(s, new QuizSettings(base.classId(), base.deckId(), " ", base.opensAt(), null, null, null, null,
                false, true, FeedbackTiming.AFTER_SUBMIT, 1, true), "title", "Enter a title of 1 to 200 characters.");
        expectInvalid(s, new QuizSettings(base.classId(), base.deckId(), "Q", base.opensAt(),
                base.opensAt().minusSeconds(1), null, null, null, false, true, FeedbackTiming.AFTER_SUBMIT, 1, true),
                "closesAt", "The quiz must close after it opens.");
        expectInvalid(s, new QuizSettings(base.classId(), base.deckId(), "Q", base.opensAt(), null, 0, null, null,
                false, true, FeedbackTiming.AFTER_SUBMIT, 1, true), "timeLimitMinutes",
                "A time limit is 1 to 1440 minutes; leave it empty for none.");
        expectInvalid(s, new QuizSettings(base.classId(), base.deckId(), "Q", base.opensAt(), null, null, 0, null,
                false, true, FeedbackTiming.AFTER_SUBMIT, 1, true), "attemptsAllowed",
                "Allow 1 to 100 attempts; leave it empty for no limit.");
        expectInvalid(s, new QuizSettings(base.classId(), base.deckId(), "Q", base.opensAt(), null, null, null, 7,
                false, true, FeedbackTiming.AFTER_SUBMIT, 1, true), "questionCount",
                "Draw 1 to 6 questions: the deck has 6.");
        expectInvalid(s, new QuizSettings(base.classId(), base.deckId(), "Q", base.opensAt(), null, null, null, null,
                false, true, FeedbackTiming.AFTER_SUBMIT, 0, true), "pointsPerQuestion", "Points per question are 1 to 100.");
        expectInvalid(s, new QuizSettings(base.classId(), null, "Q", base.opensAt(), null, null, null, null,
                false, true, FeedbackTiming.AFTER_SUBMIT, 1, true), "deckId", "Choose a deck.");
        expectInvalid(s, new QuizSettings(null, base.deckId(), "Q", base.opensAt(), null, null, null, null,
                false, true, FeedbackTiming.AFTER_SUBMIT, 1, true), "classId", "Choose a class.");
    }

    private void expectInvalid(QuizFixtures.Setup s, QuizSettings settings, String field, String message) {
        assertThatThrownBy(() -> users.as(s.teacher(), () -> quizzes.createQuiz(settings)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void only_the_class_teacher_or_an_admin_manages_a_quiz_and_a_student_none() {
        var s = fixtures.setup(q -> q);
        var other = users.create(Role.INSTRUCTOR);
        assertThatThrownBy(() -> users.as(other, () -> quizzes.quiz(s.quiz().id())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("No such quiz, or it is not yours.");
        assertThatThrownBy(() -> users.as(other, () -> quizzes.closeQuiz(s.quiz().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> quizzes.updateQuiz(s.quiz().id(), s.quiz().settings())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(other, () -> quizzes.teachingQuizzes())).isEmpty();
        // A quiz for a class the caller does not teach cannot even be created.
        assertThatThrownBy(() -> users.as(other, () -> quizzes.createQuiz(s.quiz().settings())))
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> users.as(s.student(), () -> quizzes.teachingQuizzes()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(s.student(), () -> quizzes.createQuiz(s.quiz().settings())))
                .isInstanceOf(AccessDeniedException.class);

        var admin = users.create(Role.ADMIN);
        assertThat(users.as(admin, () -> quizzes.quiz(s.quiz().id())).title()).isEqualTo(s.quiz().title());
    }

    @Test
    void settings_change_but_class_and_deck_stay() {
        var s = fixtures.setup(q -> q);
        var old = s.quiz().settings();
        var changed = new QuizSettings(old.classId(), old.deckId(), "Renamed", old.opensAt(),
                old.opensAt().plus(Duration.ofDays(7)), 20, 3, 4, true, false, FeedbackTiming.AFTER_EACH_QUESTION, 5,
                false);
        var updated = users.as(s.teacher(), () -> quizzes.updateQuiz(s.quiz().id(), changed));
        assertThat(updated.settings()).isEqualTo(new QuizSettings(old.classId(), old.deckId(), "Renamed",
                updated.settings().opensAt(), updated.settings().closesAt(), 20, 3, 4, true, false,
                FeedbackTiming.AFTER_EACH_QUESTION, 5, false));

        var otherClass = users.as(s.teacher(), () -> fixtures.classrooms.createClass("Elsewhere " + s.deckSlug()));
        assertThatThrownBy(() -> users.as(s.teacher(), () -> quizzes.updateQuiz(s.quiz().id(),
                new QuizSettings(otherClass.id(), old.deckId(), "X", old.opensAt(), null, null, null, null, false,
                        true, FeedbackTiming.AFTER_SUBMIT, 1, true))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("classId"));
    }

    @Test
    void closing_an_open_quiz_closes_it_now() {
        var s = fixtures.setup(q -> q);
        var closed = users.as(s.teacher(), () -> quizzes.closeQuiz(s.quiz().id()));
        assertThat(closed.status()).isEqualTo(QuizStatus.CLOSED);
        assertThat(closed.settings().closesAt()).isBeforeOrEqualTo(clock.instant());
    }
}
