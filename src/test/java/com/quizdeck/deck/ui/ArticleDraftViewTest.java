package com.quizdeck.deck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.deck.DeckDetails;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.EditorQuestion;
import com.quizdeck.deck.draft.ProposalKind;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class ArticleDraftViewTest extends SpringBrowserlessTest {

    @Autowired
    DeckService decks;

    @Test
    @WithUserDetails("teacher")
    void proposals_from_the_shipped_article_are_accepted_edited_or_rejected_one_by_one() {
        var deckId = decks.createDeck(new DeckDetails("Drafted " + System.nanoTime(), null, null, List.of()));
        var view = navigate("decks/" + deckId + "/draft", ArticleDraftView.class);
        test(view.useShipped).click();
        assertThat(view.article.getValue()).contains("The 1961 treaty was abrogated in 1996");
        test(view.propose).click();
        assertThat(view.cards).hasSizeGreaterThan(30);
        assertThat(view.cards).allSatisfy(c -> assertThat(c.proposal.sourceSentence()).isNotBlank());

        var abrogation = view.cards.stream().filter(c -> c.proposal.kind() == ProposalKind.WHEN
                && c.proposal.fact().equals("1996")).findFirst().orElseThrow();
        test(abrogation.accept).click();
        assertThat(abrogation.open()).isFalse();
        var rejected = view.cards.get(0);
        test(rejected.reject).click();
        assertThat(rejected.open()).isFalse();

        var article23 = view.cards.stream().filter(c -> c.proposal.fact().equals("Article 23")).findFirst().orElseThrow();
        test(article23.edit).click();
        var dialog = find(Dialog.class).single();
        var form = find(QuestionForm.class, dialog).single();
        test(form.explanation).setValue("Article 23: in force until one party gives notice.");
        test(find(Button.class, dialog).withText("Add to deck").single()).click();

        var questions = decks.editableDeck(deckId).questions();
        assertThat(questions).extracting(EditorQuestion::key).containsExactly("when-1996", "cloze-article-23");
        assertThat(questions.get(0).question().source()).startsWith("The 1961 treaty was abrogated in 1996");
        assertThat(questions.get(1).question().explanation()).startsWith("Article 23: in force");

        // Showing one kind, then accepting all of them shown.
        test(view.kindFilter).selectItem("True or false");
        long shown = view.cards.stream().filter(c -> c.isVisible()).count();
        test(view.acceptAll).click();
        assertThat(decks.editableDeck(deckId).questions()).hasSize(2 + (int) shown);
    }

    @Test
    @WithUserDetails("teacher")
    void a_text_without_facts_proposes_nothing() {
        var deckId = decks.createDeck(new DeckDetails("Empty draft " + System.nanoTime(), null, null, List.of()));
        var view = navigate("decks/" + deckId + "/draft", ArticleDraftView.class);
        test(view.article).setValue("China is aware that Russia cannot fully assume its role in the DPRK.");
        test(view.propose).click();
        assertThat(view.cards).isEmpty();
    }
}
