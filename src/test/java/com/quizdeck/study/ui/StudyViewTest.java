package com.quizdeck.study.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.account.AccountService;
import com.quizdeck.base.ui.NotAvailableView;
import com.quizdeck.deck.DeckService;
import com.quizdeck.study.StudyScope;
import com.quizdeck.study.StudyService;
import com.quizdeck.study.fsrs.Rating;
import com.quizdeck.support.TestClock;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The study screen and the flashcards page without a browser, as the demo student ana (each test on its own demo
 * deck, since they share ana's cards).
 */
@UiTest
class StudyViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    DeckService decks;
    @Autowired
    StudyService study;
    @Autowired
    TestClock clock;

    @BeforeEach
    void freezeTime() {
        clock.freeze(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Long deck(String slug) {
        return accounts.runAs("teacher", () -> decks.idOf(slug)).orElseThrow();
    }

    private StudyView open(Long deckId) {
        return navigate(StudyView.class, Map.of("deckId", deckId.toString()));
    }

    @Test
    @WithUserDetails("ana")
    void space_shows_the_answer_and_the_keys_rate_with_the_interval_on_each_button() {
        var view = open(deck("rdprk-treaties"));
        assertThat(view.title.getText()).startsWith("Treaties of the Russia–DPRK alliance");
        int newBefore = Integer.parseInt(view.newCount.getText().split(" ")[0]);
        assertThat(view.show.isVisible()).isTrue();
        assertThat(view.backBox.isVisible()).isFalse();
        assertThat(view.rateRow.isVisible()).isFalse();

        fireShortcut(Key.SPACE);
        assertThat(view.backBox.isVisible()).isTrue();
        assertThat(view.show.isVisible()).isFalse();
        assertThat(view.rateRow.isVisible()).isTrue();
        assertThat(view.live.getText()).startsWith("Answer shown.");
        var again = view.rateButtons.get(Rating.AGAIN);
        assertThat(again.getElement().getAttribute("aria-label")).isEqualTo("Again, again in 1 minute");
        assertThat(view.rateButtons.get(Rating.GOOD).getElement().getAttribute("aria-label"))
                .isEqualTo("Good, again in 10 minutes");

        var firstCard = view.card.getElement().getAttribute("aria-label");
        var front = view.typeLabel.getText();
        fireShortcut(Key.DIGIT_1);
        assertThat(view.live.getText()).startsWith("Again: this card comes back in 1 minute. Next card.");
        assertThat(view.backBox.isVisible()).isFalse();
        assertThat(view.newCount.getText()).isEqualTo((newBefore - 1) + " new");
        assertThat(view.undo.isEnabled()).isTrue();

        fireShortcut(Key.KEY_U);
        assertThat(view.newCount.getText()).isEqualTo(newBefore + " new");
        assertThat(view.typeLabel.getText()).isEqualTo(front);
        assertThat(view.live.getText()).startsWith("Rating undone.");
        assertThat(view.undo.isEnabled()).isFalse();
        assertThat(firstCard).isEqualTo("Flashcard");
    }

    @Test
    @WithUserDetails("ana")
    void a_choice_question_shows_its_options_in_front_and_the_answer_explanation_and_source_on_the_back() {
        var deckId = deck("rdprk-treaties");
        var view = open(deckId);
        // Find the single-choice card among the new ones by rating others away (Easy: they leave for days).
        for (int i = 0; i < 30 && !view.typeLabel.getText().equals("Choose one"); i++) {
            view.flip();
            view.rate(Rating.EASY);
        }
        assertThat(view.typeLabel.getText()).isEqualTo("Choose one");
        assertThat(find(ListItem.class, view.card).all()).hasSizeGreaterThanOrEqualTo(2);
        view.flip();
        assertThat(find(H3.class, view.backBox).single().getText()).isEqualTo("Answer");
        assertThat(view.backBox.getElement().getOuterHTML()).contains("From the source");
        assertThat(view.backBox.getElement().getOuterHTML()).doesNotContain("<script");
    }

    @Test
    @WithUserDetails("ana")
    void practice_mode_rates_without_intervals_and_leaves_the_schedule_alone() {
        var deckId = deck("rdprk-summits");
        var scope = StudyScope.deck(deckId);
        var zone = ZoneId.systemDefault();
        open(deckId); // opens the deck, so its cards exist
        var before = study.next(scope, zone);

        UI.getCurrent().navigate("study/" + deckId, QueryParameters.of("mode", "practice"));
        var view = (StudyView) getCurrentView();
        assertThat(view.modeBadge.isVisible()).isTrue();
        view.flip();
        assertThat(view.rateButtons.get(Rating.GOOD).getElement().getAttribute("aria-label")).isEqualTo("Good");
        fireShortcut(Key.DIGIT_3);
        fireShortcut(Key.SPACE);
        fireShortcut(Key.DIGIT_1);
        assertThat(view.live.getText()).contains("Practice: nothing changes.");

        var after = study.next(scope, zone);
        assertThat(after.counts()).isEqualTo(before.counts());
        assertThat(after.nextDue()).isEqualTo(before.nextDue());
    }

    @Test
    @WithUserDetails("ben")
    void in_typed_mode_a_short_answer_card_is_graded_and_a_rating_suggested() {
        var deckId = deck("rdprk-treaties");
        var view = open(deckId);
        test(view.typedAnswers).click();
        for (int i = 0; i < 29 && !view.typeLabel.getText().equals("Short answer"); i++) {
            view.flip();
            view.rate(Rating.EASY);
        }
        assertThat(view.typeLabel.getText()).isEqualTo("Short answer");
        assertThat(view.answerField.isAttached()).isTrue();
        test(view.answerField).setValue("Vladivostok, certainly");
        view.flip();
        assertThat(view.answerField.isReadOnly()).isTrue();
        assertThat(view.typedResult.getElement().getTextRecursively()).contains("Not right")
                .contains("Your answer: Vladivostok, certainly").contains("Suggested: Again (1)");
        assertThat(view.rateButtons.get(Rating.AGAIN).getClassNames()).contains("qd-suggested");
        // The back shows the answer, not the wildcard pattern that also accepts it.
        assertThat(view.backBox.getElement().getOuterHTML()).contains("Treaty on Comprehensive Strategic Partnership")
                .doesNotContain("*Comprehensive");
        assertThat(view.live.getText()).contains("Not right. Suggested rating: Again.");
        // Only a suggestion: any rating goes.
        view.rate(Rating.GOOD);
        assertThat(view.live.getText()).startsWith("Good:");
        test(view.typedAnswers).click();
    }

    @Test
    @WithUserDetails("ana")
    void a_deck_not_given_to_the_students_classes_is_not_available() {
        navigate("study/999999", NotAvailableView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("This page is not available");
    }

    @Test
    @WithUserDetails("ana")
    void the_flashcards_page_lists_the_class_decks_with_counts_and_the_30_day_chart() {
        var view = navigate(FlashcardsView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText)
                .contains("History 11B: East Asia today", "Last 30 days");
        assertThat(find(H4.class).all()).extracting(H4::getText)
                .anyMatch(t -> t.startsWith("Treaties of the Russia–DPRK alliance"));
        assertThat(view.getElement().getOuterHTML()).contains("qd-bars").contains("Reviews per day, last 30 days");
    }
}
