package com.quizdeck.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.AccountService;
import com.quizdeck.account.Role;
import com.quizdeck.content.Deck;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.TrueFalseQuestion;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class DeckServiceTest {

    @Autowired
    DeckService decks;
    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers users;
    @Autowired
    QuestionVersionRepository versions;

    private static TrueFalseQuestion tf(String id, String prompt, boolean answer) {
        return new TrueFalseQuestion(QuestionHeader.of(id, prompt), answer, null, null);
    }

    private static Deck deck(String slug, TrueFalseQuestion... questions) {
        return Deck.of(slug, "Deck " + slug, List.of(questions));
    }

    @Test
    void saving_the_same_deck_twice_changes_nothing() {
        var d = deck("same-twice", tf("a", "One?", true), tf("b", "Two?", false));
        var first = accounts.runAsSystem(() -> decks.saveDeck(d, DeckOrigin.BANK, "same.deck.yaml"));
        var second = accounts.runAsSystem(() -> decks.saveDeck(d, DeckOrigin.BANK, "same.deck.yaml"));

        assertThat(first.deckCreated()).isTrue();
        assertThat(first.questionsAdded()).isEqualTo(2);
        assertThat(second.changedAnything()).isFalse();
        assertThat(second.questionsUnchanged()).isEqualTo(2);
        assertThat(second.deckId()).isEqualTo(first.deckId());
        assertThat(versions.count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_changed_question_gets_a_new_version_and_the_old_one_is_kept() {
        accounts.runAsSystem(() -> decks.saveDeck(deck("changes", tf("a", "Old wording?", true)), DeckOrigin.BANK, "f"));
        long before = versions.count();
        var result = accounts.runAsSystem(() -> decks.saveDeck(
                deck("changes", tf("a", "New wording?", true), tf("c", "Added?", true)), DeckOrigin.BANK, "f"));

        assertThat(result.questionsChanged()).isEqualTo(1);
        assertThat(result.questionsAdded()).isEqualTo(1);
        assertThat(result.contentVersion()).isEqualTo(2);
        assertThat(versions.count()).isEqualTo(before + 2);

        var instructor = users.create(Role.INSTRUCTOR);
        var content = users.as(instructor, () -> decks.deckContent(result.deckId()));
        assertThat(content.questions()).extracting(q -> q.prompt()).containsExactly("New wording?", "Added?");
    }

    @Test
    void a_question_left_out_of_the_file_leaves_the_deck() {
        accounts.runAsSystem(() -> decks.saveDeck(deck("shrinks", tf("a", "A?", true), tf("b", "B?", true)),
                DeckOrigin.BANK, "f"));
        var result = accounts.runAsSystem(() -> decks.saveDeck(deck("shrinks", tf("b", "B?", true)), DeckOrigin.BANK, "f"));
        assertThat(result.questionsRemoved()).isEqualTo(1);
        var instructor = users.create(Role.INSTRUCTOR);
        assertThat(users.as(instructor, () -> decks.deckContent(result.deckId())).questions()).hasSize(1);
    }

    @Test
    void an_instructor_cannot_read_or_overwrite_another_instructors_deck() {
        var owner = users.create(Role.INSTRUCTOR);
        var other = users.create(Role.INSTRUCTOR);
        var saved = users.as(owner, () -> decks.saveDeck(deck("private-deck", tf("a", "A?", true)), DeckOrigin.IMPORT, "x"));

        assertThatThrownBy(() -> users.as(other, () -> decks.deckContent(saved.deckId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other,
                () -> decks.saveDeck(deck("private-deck", tf("a", "Mine now?", true)), DeckOrigin.IMPORT, "y")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(other, () -> decks.visibleDecks())).extracting(DeckSummary::slug)
                .doesNotContain("private-deck");
    }

    @Test
    void a_student_cannot_list_or_save_decks() {
        var student = users.create(Role.STUDENT);
        assertThatThrownBy(() -> users.as(student, () -> decks.visibleDecks())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student,
                () -> decks.saveDeck(deck("student-deck", tf("a", "A?", true)), DeckOrigin.IMPORT, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deck_lists_count_questions_by_type() {
        var instructor = users.create(Role.INSTRUCTOR);
        users.as(instructor, () -> decks.saveDeck(deck("counted", tf("a", "A?", true), tf("b", "B?", false)),
                DeckOrigin.IMPORT, "x"));
        var summary = users.as(instructor, () -> decks.visibleDecks()).stream()
                .filter(d -> d.slug().equals("counted")).findFirst().orElseThrow();
        assertThat(summary.questionCount()).isEqualTo(2);
        assertThat(summary.questionsByType()).containsEntry(com.quizdeck.content.QuestionType.TRUE_FALSE, 2L);
    }
}
