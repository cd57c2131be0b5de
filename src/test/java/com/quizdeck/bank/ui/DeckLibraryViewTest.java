package com.quizdeck.bank.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.deck.DeckDetails;
import com.quizdeck.deck.DeckService;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class DeckLibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    DeckService decks;

    private Button button(String ariaLabel) {
        return find(Button.class).withCondition(b -> ariaLabel.equals(b.getElement().getAttribute("aria-label"))).single();
    }

    private List<String> titlesShown() {
        return find(Anchor.class).withClassName("qd-library-deck-link").all().stream().map(Anchor::getText).toList();
    }

    @Test
    @WithUserDetails("teacher")
    void new_deck_leads_to_the_editor() {
        var view = navigate(DeckLibraryView.class);
        test(view.newDeck).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("decks/new");
    }

    @Test
    @WithUserDetails("teacher")
    void own_decks_can_be_edited_archived_and_deleted_library_decks_only_opened_and_duplicated() {
        var title = "Library test " + System.nanoTime();
        var id = decks.createDeck(new DeckDetails(title, null, null, List.of()));
        var view = navigate(DeckLibraryView.class);
        assertThat(titlesShown()).contains(title);
        assertThat(button("Edit " + title).isVisible()).isTrue();
        var library = "Treaties of the Russia–DPRK alliance: 1961, 2000 and 2024";
        assertThat(button("Open " + library).getText()).isEqualTo("Open");
        assertThat(find(Button.class).withCondition(b -> ("Delete " + library).equals(
                b.getElement().getAttribute("aria-label"))).all()).isEmpty();

        test(button("Archive " + title)).click();
        assertThat(titlesShown()).doesNotContain(title);
        test(view.showArchived).click();
        assertThat(titlesShown()).contains(title);
        test(button("Unarchive " + title)).click();

        test(button("Delete " + title)).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(titlesShown()).doesNotContain(title);
        assertThat(decks.trash()).extracting(d -> d.id()).contains(id);
        var undo = find(Button.class, find(Notification.class).all().getLast()).withText("Undo").single();
        test(undo).click();
        assertThat(titlesShown()).contains(title);
    }

    @Test
    @WithUserDetails("teacher")
    void duplicating_a_library_deck_opens_the_copy_in_the_editor() {
        navigate(DeckLibraryView.class);
        test(button("Duplicate DPRK summit diplomacy: China, the two Koreas and the United States")).click();
        var path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("decks/\\d+/edit");
        var copyId = Long.valueOf(path.split("/")[1]);
        assertThat(decks.summary(copyId).editable()).isTrue();
    }
}
