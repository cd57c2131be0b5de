package com.quizdeck.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.quizdeck.account.InvalidInputException;
import com.quizdeck.content.Deck;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.ShortAnswerQuestion;
import com.quizdeck.content.TextAnswer;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import com.quizdeck.study.fsrs.Rating;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class StudyServiceTest {

    static final ZoneId UTC = ZoneOffset.UTC;

    @Autowired
    StudyService study;
    @Autowired
    StudyFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    DeckService decks;
    @Autowired
    ReviewLogRepository reviewLog;

    Instant start;

    @BeforeEach
    void freezeTime() {
        // Mid-morning UTC, so that a few hours of studying stay on one calendar day.
        start = LocalDate.now(UTC).atTime(9, 0).toInstant(ZoneOffset.UTC);
        clock.freeze(start);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_new_deck_offers_its_cards_in_deck_order_up_to_the_daily_limit_of_20() {
        var f = fixtures.create(25);
        var session = users.as(f.student(), () -> study.start(StudyScope.deck(f.deckId()), UTC));

        assertThat(session.title()).startsWith("Deck study-");
        assertThat(session.newPerDay()).isEqualTo(20);
        assertThat(session.queue().counts()).isEqualTo(new StudyCounts(20, 0, 0));
        assertThat(session.queue().newWaiting()).isEqualTo(5);

        var seen = new ArrayList<Long>();
        var queue = session.queue();
        while (queue.hasCard()) {
            seen.add(queue.card().questionId());
            assertThat(queue.card().status()).isEqualTo(CardStatus.NEW);
            var card = queue.card();
            queue = users.as(f.student(), () -> study.rate(card.cardId(), Rating.GOOD, StudyScope.deck(f.deckId()),
                    UTC)).next();
        }
        assertThat(seen).containsExactlyElementsOf(f.questions().subList(0, 20).stream()
                .map(q -> q.questionId()).toList());
        assertThat(queue.counts()).isEqualTo(StudyCounts.NONE);
        assertThat(queue.newWaiting()).isEqualTo(5);
        // Good on a new card: the second learning step, 10 minutes.
        assertThat(queue.nextDue()).isEqualTo(start.plus(Duration.ofMinutes(10)));

        // Tomorrow: the five left and the twenty in learning.
        clock.advance(Duration.ofDays(1));
        var tomorrow = users.as(f.student(), () -> study.next(StudyScope.deck(f.deckId()), UTC));
        assertThat(tomorrow.counts()).isEqualTo(new StudyCounts(5, 20, 0));
        assertThat(tomorrow.card().status()).isEqualTo(CardStatus.LEARNING);
    }

    @Test
    void the_daily_limit_is_the_students_setting_per_deck() {
        var f = fixtures.create(8);
        users.as(f.student(), () -> study.setNewCardsPerDay(f.deckId(), 3));
        var session = users.as(f.student(), () -> study.start(StudyScope.deck(f.deckId()), UTC));
        assertThat(session.newPerDay()).isEqualTo(3);
        assertThat(session.queue().counts().newCards()).isEqualTo(3);

        var overview = users.as(f.student(), () -> study.myDecks(UTC)).stream()
                .filter(d -> d.deckId().equals(f.deckId())).findFirst().orElseThrow();
        assertThat(overview.today().newCards()).isEqualTo(3);
        assertThat(overview.newWaiting()).isEqualTo(5);
        assertThat(overview.newPerDay()).isEqualTo(3);

        assertThatThrownBy(() -> users.as(f.student(), () -> study.setNewCardsPerDay(f.deckId(), -1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_new_card_limit_starts_again_at_midnight_in_the_students_time_zone() {
        var f = fixtures.create(6);
        var zone = ZoneId.of("Pacific/Auckland");
        users.as(f.student(), () -> study.setNewCardsPerDay(f.deckId(), 2));
        // 23:30 in Auckland.
        clock.freeze(LocalDate.now(zone).atTime(23, 30).atZone(zone).toInstant());
        var scope = StudyScope.deck(f.deckId());
        var queue = users.as(f.student(), () -> study.start(scope, zone)).queue();
        for (int i = 0; i < 2; i++) {
            var card = queue.card();
            queue = users.as(f.student(), () -> study.rate(card.cardId(), Rating.EASY, scope, zone)).next();
        }
        assertThat(queue.counts().newCards()).isZero();
        // Still 23:59 there, but UTC's day: the student's day counts.
        clock.advance(Duration.ofMinutes(29));
        assertThat(users.as(f.student(), () -> study.next(scope, zone)).counts().newCards()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(users.as(f.student(), () -> study.next(scope, zone)).counts().newCards()).isEqualTo(2);
    }

    @Test
    void the_buttons_show_the_interval_each_rating_gives() {
        var f = fixtures.create(2);
        var card = users.as(f.student(), () -> study.start(StudyScope.deck(f.deckId()), UTC)).queue().card();
        assertThat(card.intervals()).containsEntry(Rating.AGAIN, Duration.ofMinutes(1))
                .containsEntry(Rating.HARD, Duration.ofSeconds(330))
                .containsEntry(Rating.GOOD, Duration.ofMinutes(10))
                // First Easy: stability 8.2956 days at 90 % retention, so 8 days (before fuzz).
                .containsEntry(Rating.EASY, Duration.ofDays(8));

        var rated = users.as(f.student(), () -> study.rate(card.cardId(), Rating.AGAIN, StudyScope.deck(f.deckId()),
                UTC));
        assertThat(rated.status()).isEqualTo(CardStatus.LEARNING);
        assertThat(rated.interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(rated.due()).isEqualTo(start.plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_learning_card_comes_back_within_the_session_when_it_is_due() {
        var f = fixtures.create(3);
        var scope = StudyScope.deck(f.deckId());
        var first = users.as(f.student(), () -> study.start(scope, UTC)).queue().card();
        var afterAgain = users.as(f.student(), () -> study.rate(first.cardId(), Rating.AGAIN, scope, UTC)).next();
        // Not yet due: the next new card comes first.
        assertThat(afterAgain.card().questionId()).isEqualTo(f.questions().get(1).questionId());
        assertThat(afterAgain.counts()).isEqualTo(new StudyCounts(2, 0, 0));

        clock.advance(Duration.ofSeconds(61));
        var later = users.as(f.student(), () -> study.next(scope, UTC));
        assertThat(later.card().cardId()).isEqualTo(first.cardId());
        assertThat(later.card().status()).isEqualTo(CardStatus.LEARNING);
        assertThat(later.counts()).isEqualTo(new StudyCounts(2, 1, 0));
    }

    @Test
    void undo_puts_the_card_back_as_it_was_and_shows_it_again() {
        var f = fixtures.create(3);
        var scope = StudyScope.deck(f.deckId());
        var first = users.as(f.student(), () -> study.start(scope, UTC)).queue().card();
        var good = users.as(f.student(), () -> study.rate(first.cardId(), Rating.GOOD, scope, UTC));
        clock.advance(Duration.ofMinutes(10));
        var again = users.as(f.student(), () -> study.next(scope, UTC));
        assertThat(again.card().cardId()).isEqualTo(first.cardId());
        var graduated = users.as(f.student(), () -> study.rate(first.cardId(), Rating.GOOD, scope, UTC));
        assertThat(graduated.status()).isEqualTo(CardStatus.REVIEW);

        var undone = users.as(f.student(), () -> study.undo(graduated.reviewId(), scope, UTC));
        assertThat(undone.card().cardId()).isEqualTo(first.cardId());
        assertThat(undone.card().status()).isEqualTo(CardStatus.LEARNING);
        assertThat(undone.card().due()).isEqualTo(start.plus(Duration.ofMinutes(10)));
        assertThat(undone.card().reps()).isEqualTo(1);
        assertThat(users.as(f.student(), () -> study.history(first.cardId()))).hasSize(1);

        // Only the last review of a card can be undone.
        var rerated = users.as(f.student(), () -> study.rate(first.cardId(), Rating.HARD, scope, UTC));
        assertThatThrownBy(() -> users.as(f.student(), () -> study.undo(good.reviewId(), scope, UTC)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only its last rating");

        users.as(f.student(), () -> study.undo(rerated.reviewId(), scope, UTC));
        var back = users.as(f.student(), () -> study.undo(good.reviewId(), scope, UTC));
        assertThat(back.card().status()).isEqualTo(CardStatus.NEW);
        assertThat(back.card().due()).isNull();
        assertThat(back.counts().newCards()).isEqualTo(3);
        assertThat(users.as(f.student(), () -> study.history(first.cardId()))).isEmpty();
    }

    @Test
    void practice_goes_through_every_card_and_leaves_the_schedule_alone() {
        var f = fixtures.create(4);
        var scope = StudyScope.deck(f.deckId());
        var queue = users.as(f.student(), () -> study.start(scope, UTC)).queue();
        for (int i = 0; i < 2; i++) {
            var card = queue.card();
            queue = users.as(f.student(), () -> study.rate(card.cardId(), Rating.EASY, scope, UTC)).next();
        }
        var before = users.as(f.student(), () -> study.myDecks(UTC)).stream()
                .filter(d -> d.deckId().equals(f.deckId())).findFirst().orElseThrow();
        var beforeQueue = users.as(f.student(), () -> study.next(scope, UTC));

        var practised = new ArrayList<Long>();
        var practice = users.as(f.student(), () -> study.practice(scope, null));
        var firstCardId = practice.card().cardId();
        assertThat(practice.remaining()).isEqualTo(4);
        while (practice.hasCard()) {
            var card = practice.card();
            assertThat(card.intervals()).isEmpty();
            practised.add(card.questionId());
            users.as(f.student(), () -> study.practiceRate(card.cardId(), Rating.AGAIN, scope));
            practice = users.as(f.student(), () -> study.practice(scope, card.cardId()));
        }
        assertThat(practised).containsExactlyElementsOf(f.questions().stream().map(q -> q.questionId()).toList());

        var after = users.as(f.student(), () -> study.myDecks(UTC)).stream()
                .filter(d -> d.deckId().equals(f.deckId())).findFirst().orElseThrow();
        assertThat(after).isEqualTo(before);
        var afterQueue = users.as(f.student(), () -> study.next(scope, UTC));
        assertThat(afterQueue.counts()).isEqualTo(beforeQueue.counts());
        assertThat(afterQueue.nextDue()).isEqualTo(beforeQueue.nextDue());
        var history = users.as(f.student(), () -> study.history(firstCardId));
        assertThat(history).extracting(CardReview::source).containsExactly(ReviewSource.CRAM, ReviewSource.STUDY);
        assertThat(history.getFirst().before()).isEqualTo(CardStatus.REVIEW);
        assertThat(history.getFirst().after()).isEqualTo(CardStatus.REVIEW);
    }

    @Test
    void undoing_a_practice_rating_only_removes_it_from_the_log() {
        var f = fixtures.create(2);
        var scope = StudyScope.deck(f.deckId());
        users.as(f.student(), () -> study.start(scope, UTC));
        var card = users.as(f.student(), () -> study.practice(scope, null)).card();
        var reviewId = users.as(f.student(), () -> study.practiceRate(card.cardId(), Rating.GOOD, scope));
        var back = users.as(f.student(), () -> study.undo(reviewId, scope, UTC));
        assertThat(back.card().cardId()).isEqualTo(card.cardId());
        assertThat(back.card().status()).isEqualTo(CardStatus.NEW);
        assertThat(reviewLog.findById(reviewId)).isEmpty();
    }

    @Test
    void a_class_session_covers_every_deck_of_the_class() {
        var f = fixtures.create(2);
        var second = users.as(f.teacher(), () -> decks.saveDeck(Deck.of("second-" + f.deckId(), "Second deck",
                List.of(new TrueFalseQuestion(QuestionHeader.of("s1", "Second?"), true, null, null))),
                DeckOrigin.IMPORT, "second.deck.yaml"));
        users.as(f.teacher(), () -> decks.shareWithClass(second.deckId(), f.classroom().id()));

        var session = users.as(f.student(), () -> study.start(StudyScope.ofClass(f.classroom().id()), UTC));
        assertThat(session.title()).isEqualTo(f.classroom().name());
        assertThat(session.deckIds()).containsExactlyInAnyOrder(f.deckId(), second.deckId());
        assertThat(session.queue().counts().newCards()).isEqualTo(3);

        var classes = users.as(f.student(), () -> study.myClasses(UTC));
        assertThat(classes).singleElement().satisfies(c -> {
            assertThat(c.today().newCards()).isEqualTo(3);
            assertThat(c.decks()).hasSize(2);
        });
    }

    @Test
    void cards_follow_the_deck_when_questions_are_added_or_removed() {
        var f = fixtures.create(2);
        var scope = StudyScope.deck(f.deckId());
        var first = users.as(f.student(), () -> study.start(scope, UTC)).queue().card();
        users.as(f.student(), () -> study.rate(first.cardId(), Rating.EASY, scope, UTC));
        var slug = users.as(f.teacher(), () -> decks.summary(f.deckId())).slug();
        // q1 (studied) goes, q3 comes.
        users.as(f.teacher(), () -> decks.saveDeck(Deck.of(slug, "Deck " + slug, List.of(
                new TrueFalseQuestion(QuestionHeader.of("q2", "Pick the right one for 2?"), true, null, null),
                new TrueFalseQuestion(QuestionHeader.of("q3", "Third?"), false, null, null))),
                DeckOrigin.IMPORT, slug + ".deck.yaml"));

        var session = users.as(f.student(), () -> study.start(scope, UTC));
        assertThat(session.queue().counts().newCards()).isEqualTo(2);
        clock.advance(Duration.ofDays(60));
        // The studied card of the removed question is put away, even when due.
        var later = users.as(f.student(), () -> study.next(scope, UTC));
        assertThat(later.counts().due()).isZero();
        assertThat(later.card().status()).isEqualTo(CardStatus.NEW);
    }

    @Test
    void a_typed_answer_is_graded_like_a_quiz_answer_and_only_suggests_a_rating() {
        var f = fixtures.create(1);
        var slug = users.as(f.teacher(), () -> decks.summary(f.deckId())).slug();
        users.as(f.teacher(), () -> decks.saveDeck(Deck.of(slug, "Deck " + slug, List.of(
                new ShortAnswerQuestion(QuestionHeader.of("capital", "Capital of the DPRK?"),
                        List.of(new TextAnswer("Pyongyang", 100, null)), false, true, true))),
                DeckOrigin.IMPORT, slug + ".deck.yaml"));
        var scope = StudyScope.deck(f.deckId());
        var session = users.as(f.student(), () -> study.start(scope, UTC));
        assertThat(session.typedAnswers()).isFalse();
        users.as(f.student(), () -> study.setTypedAnswers(f.deckId(), true));
        assertThat(users.as(f.student(), () -> study.start(scope, UTC)).typedAnswers()).isTrue();

        var card = session.queue().card();
        var right = users.as(f.student(), () -> study.checkTypedAnswer(card.cardId(), " pyongyang "));
        assertThat(right).isEqualTo(new TypedAnswerCheck(true, 1.0, true, Rating.GOOD));
        var wrong = users.as(f.student(), () -> study.checkTypedAnswer(card.cardId(), "Seoul"));
        assertThat(wrong).isEqualTo(new TypedAnswerCheck(true, 0.0, false, Rating.AGAIN));
        // Checking changes nothing.
        assertThat(users.as(f.student(), () -> study.history(card.cardId()))).isEmpty();
        var classmate = fixtures.joinedStudent(f.classroom());
        assertThatThrownBy(() -> users.as(classmate, () -> study.checkTypedAnswer(card.cardId(), "x")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_memory_figure_is_the_mean_predicted_retrievability() {
        var f = fixtures.create(4);
        var classmate = fixtures.joinedStudent(f.classroom());
        var scope = StudyScope.deck(f.deckId());
        for (var student : List.of(f.student(), classmate)) {
            var queue = users.as(student, () -> study.start(scope, UTC)).queue();
            int ratings = student == classmate ? 1 : 2;
            for (int i = 0; i < ratings; i++) {
                var card = queue.card();
                queue = users.as(student, () -> study.rate(card.cardId(), Rating.EASY, scope, UTC)).next();
            }
        }
        // Right after studying, recall is certain (FSRS counts whole days).
        var mine = users.as(f.student(), () -> study.myMemory(f.deckId()));
        assertThat(mine.cards()).isEqualTo(4);
        assertThat(mine.studied()).isEqualTo(2);
        assertThat(mine.retrievability()).isEqualTo(1.0);
        assertThat(mine.coverage()).isEqualTo(0.5);

        clock.advance(Duration.ofDays(20));
        // Easy first: stability w3 = 8.2956 days; R(t, S) = (1 + FACTOR * t / S) ^ DECAY.
        double decay = -0.1542;
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double expected = Math.pow(1 + factor * 20 / 8.2956, decay);
        var later = users.as(f.student(), () -> study.myMemory(f.deckId()));
        assertThat(later.retrievability()).isCloseTo(expected, within(1e-9));
        assertThat(later.expectedRecall()).isCloseTo(expected / 2, within(1e-9));

        var classMemory = users.as(f.teacher(), () -> study.classMemory(f.classroom().id(), f.deckId()));
        assertThat(classMemory.overall().studied()).isEqualTo(3);
        assertThat(classMemory.overall().cards()).isEqualTo(8);
        assertThat(classMemory.overall().retrievability()).isCloseTo(expected, within(1e-9));
        assertThat(classMemory.students()).extracting(s -> s.memory().studied()).containsExactly(2L, 1L);
    }

    @Test
    void the_activity_chart_counts_reviews_per_day_and_the_share_of_learnt_cards_recalled() {
        var f = fixtures.create(3);
        var scope = StudyScope.deck(f.deckId());
        var queue = users.as(f.student(), () -> study.start(scope, UTC)).queue();
        var cardIds = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            var card = queue.card();
            cardIds.add(card.cardId());
            queue = users.as(f.student(), () -> study.rate(card.cardId(), Rating.EASY, scope, UTC)).next();
        }
        clock.advance(Duration.ofDays(15));
        // Three review cards now due: two recalled, one forgotten.
        for (var rating : List.of(Rating.GOOD, Rating.AGAIN, Rating.HARD)) {
            var due = users.as(f.student(), () -> study.next(scope, UTC)).card();
            assertThat(due.status()).isEqualTo(CardStatus.REVIEW);
            users.as(f.student(), () -> study.rate(due.cardId(), rating, scope, UTC));
        }
        var activity = users.as(f.student(), () -> study.myActivity(UTC));
        assertThat(activity.days()).hasSize(30);
        assertThat(activity.days().getLast().day()).isEqualTo(LocalDate.ofInstant(clock.instant(), UTC));
        assertThat(activity.days().getLast().reviews()).isEqualTo(3);
        assertThat(activity.days().getLast().retention()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(activity.days().get(activity.days().size() - 16).reviews()).isEqualTo(3);
        assertThat(activity.days().get(activity.days().size() - 16).retention()).isNull();
        assertThat(activity.reviews()).isEqualTo(6);
        assertThat(activity.retention()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(cardIds).hasSize(3);
    }
}
