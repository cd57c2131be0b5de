package com.quizdeck.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.Role;
import com.quizdeck.study.fsrs.Rating;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestUsers;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A student reads and changes only their own cards, of decks given to their classes; instructors see aggregates. */
@IntegrationTest
class StudyAccessTest {

    static final ZoneId UTC = ZoneOffset.UTC;

    @Autowired
    StudyService study;
    @Autowired
    StudyFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    AccountService accounts;

    @Test
    void a_classmate_cannot_rate_read_or_undo_another_students_card() {
        var f = fixtures.create(2);
        var classmate = fixtures.joinedStudent(f.classroom());
        var scope = StudyScope.deck(f.deckId());
        var card = users.as(f.student(), () -> study.start(scope, UTC)).queue().card();
        var rated = users.as(f.student(), () -> study.rate(card.cardId(), Rating.GOOD, scope, UTC));
        users.as(classmate, () -> study.start(scope, UTC));

        assertThatThrownBy(() -> users.as(classmate, () -> study.rate(card.cardId(), Rating.AGAIN, scope, UTC)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(classmate, () -> study.practiceRate(card.cardId(), Rating.AGAIN, scope)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(classmate, () -> study.history(card.cardId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(classmate, () -> study.undo(rated.reviewId(), scope, UTC)))
                .isInstanceOf(AccessDeniedException.class);

        // The owner's card and log are untouched, and the classmate's own queue shows only their cards.
        assertThat(users.as(f.student(), () -> study.history(card.cardId()))).hasSize(1);
        var theirs = users.as(classmate, () -> study.next(scope, UTC));
        assertThat(theirs.card().cardId()).isNotEqualTo(card.cardId());
        assertThat(theirs.counts().newCards()).isEqualTo(2);
    }

    @Test
    void a_student_cannot_study_a_deck_or_class_that_is_not_theirs() {
        var f = fixtures.create(2);
        var outsider = users.create(Role.STUDENT);

        assertThatThrownBy(() -> users.as(outsider, () -> study.start(StudyScope.deck(f.deckId()), UTC)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(outsider, () -> study.next(StudyScope.deck(f.deckId()), UTC)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(outsider, () -> study.start(StudyScope.ofClass(f.classroom().id()), UTC)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(outsider, () -> study.practice(StudyScope.deck(f.deckId()), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(outsider, () -> study.myMemory(f.deckId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(outsider, () -> study.setNewCardsPerDay(f.deckId(), 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(outsider, () -> study.myDecks(UTC))).isEmpty();
    }

    @Test
    void a_card_of_one_deck_cannot_be_rated_through_a_session_of_another() {
        var f = fixtures.create(1);
        var other = fixtures.create(1);
        var card = users.as(f.student(), () -> study.start(StudyScope.deck(f.deckId()), UTC)).queue().card();
        assertThatThrownBy(() -> users.as(f.student(),
                () -> study.rate(card.cardId(), Rating.GOOD, StudyScope.deck(other.deckId()), UTC)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void instructors_see_class_aggregates_only_of_classes_they_teach_and_no_student_methods() {
        var f = fixtures.create(2);
        var otherTeacher = users.create(Role.INSTRUCTOR);

        assertThat(users.as(f.teacher(), () -> study.classMemory(f.classroom().id(), f.deckId())).students())
                .hasSize(1);
        assertThatThrownBy(() -> users.as(otherTeacher, () -> study.classMemory(f.classroom().id(), f.deckId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(f.teacher(), () -> study.myDecks(UTC)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(f.teacher(), () -> study.start(StudyScope.deck(f.deckId()), UTC)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(f.student(), () -> study.classMemory(f.classroom().id(), f.deckId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void answers_are_recorded_only_by_the_system() {
        var f = fixtures.create(1);
        var answers = List.<AnswerReview>of();
        assertThatThrownBy(() -> users.as(f.student(),
                () -> study.recordAnswers(ReviewSource.LIVE, 1L, f.student().id(), f.deckId(), answers)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(f.teacher(),
                () -> study.recordAnswers(ReviewSource.LIVE, 1L, f.student().id(), f.deckId(), answers)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.runAsSystem(
                () -> study.recordAnswers(ReviewSource.LIVE, 1L, f.student().id(), f.deckId(), answers))).isZero();
    }
}
