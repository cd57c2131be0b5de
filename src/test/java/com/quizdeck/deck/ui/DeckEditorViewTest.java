package com.quizdeck.deck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.Role;
import com.quizdeck.content.QuestionType;
import com.quizdeck.deck.DeckDetails;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.EditorFixtures;
import com.quizdeck.deck.EditorQuestion;
import com.quizdeck.support.TestUsers;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class DeckEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    DeckService decks;
    @Autowired
    TestUsers users;

    private Long deckWith(String... prompts) {
        var id = decks.createDeck(new DeckDetails("Deck " + System.nanoTime(), null, null, List.of()));
        for (int i = 0; i < prompts.length; i++) {
            decks.addQuestion(id, EditorFixtures.single("q" + i, prompts[i]));
        }
        return id;
    }

    private DeckEditorView open(Long deckId) {
        return navigate("decks/" + deckId + "/edit", DeckEditorView.class);
    }

    private List<String> order(Long deckId) {
        return decks.editableDeck(deckId).questions().stream().map(EditorQuestion::key).toList();
    }

    @Test
    @WithUserDetails("teacher")
    void a_new_deck_gets_a_title_and_opens_its_page() {
        var view = navigate("decks/new", NewDeckView.class);
        test(view.create).click();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("The deck needs a title.");

        test(view.title).setValue("Summits of 2000, 2018 and 2019");
        test(view.sourceAuthor).setValue("Dae Un Hong");
        test(view.create).click();
        var editor = (DeckEditorView) getCurrentView();
        assertThat(editor.deck.details().title()).isEqualTo("Summits of 2000, 2018 and 2019");
        assertThat(editor.deck.details().source().author()).isEqualTo("Dae Un Hong");
        assertThat(editor.detailsBox.isOpened()).isTrue();
    }

    @Test
    @WithUserDetails("teacher")
    void the_move_buttons_reorder_questions_from_the_keyboard() {
        var deckId = deckWith("A?", "B?", "C?");
        var view = open(deckId);
        assertThat(view.rows.getFirst().up.isEnabled()).isFalse();
        test(view.rows.getFirst().down).click();
        assertThat(order(deckId)).containsExactly("q1", "q0", "q2");
        test(view.rows.get(2).up).click();
        assertThat(order(deckId)).containsExactly("q1", "q2", "q0");
        assertThat(view.rows).extracting(r -> r.question.key()).containsExactly("q1", "q2", "q0");
    }

    @Test
    @WithUserDetails("teacher")
    void dropping_a_dragged_question_on_another_puts_it_in_that_place() {
        var deckId = deckWith("A?", "B?", "C?", "D?");
        var view = open(deckId);
        view.dropped(view.rows.get(3), view.rows.get(1));
        assertThat(order(deckId)).containsExactly("q0", "q3", "q1", "q2");
        view.dropped(view.rows.get(0), view.rows.get(2));
        assertThat(order(deckId)).containsExactly("q3", "q1", "q0", "q2");
    }

    @Test
    @WithUserDetails("teacher")
    void search_and_filters_narrow_the_list_and_pause_reordering() {
        var deckId = deckWith("When was the 1961 treaty abrogated?", "Who met Jiang Zemin?");
        decks.addQuestion(deckId, EditorFixtures.trueFalse("tf", "Article 23 keeps the treaty in force.", true));
        var q0 = decks.editableDeck(deckId).questions().getFirst();
        decks.tagQuestions(deckId, List.of(q0.questionId()), "treaties");
        var view = open(deckId);

        test(view.search).setValue("jiang");
        assertThat(view.rows.stream().filter(QuestionRow::isVisible).map(r -> r.question.key())).containsExactly("q1");
        assertThat(view.rows.getFirst().up.isVisible()).isFalse();
        test(view.search).setValue("");
        test(view.typeFilter).selectItem("True or false");
        assertThat(view.rows.stream().filter(QuestionRow::isVisible).map(r -> r.question.key())).containsExactly("tf");
        view.typeFilter.clear();
        view.tagFilter.setValue("treaties");
        assertThat(view.rows.stream().filter(QuestionRow::isVisible).map(r -> r.question.key())).containsExactly("q0");
        view.tagFilter.clear();
        assertThat(view.rows.stream().filter(QuestionRow::isVisible)).hasSize(3);
        assertThat(view.rows.get(1).up.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("teacher")
    void selected_questions_are_tagged_or_deleted_together_and_a_delete_can_be_undone() {
        var deckId = deckWith("A?", "B?", "C?");
        var view = open(deckId);
        test(view.rows.get(0).select).click();
        test(view.rows.get(2).select).click();
        assertThat(view.tagSelected.getText()).isEqualTo("Tag 2…");

        test(view.tagSelected).click();
        var dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<String> tag = find(ComboBox.class, dialog).single();
        // The teacher types a new tag and presses Enter.
        com.vaadin.flow.component.ComponentUtil.fireEvent(tag,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(tag, true, "2024"));
        test(find(Button.class, dialog).withText("Add tag").single()).click();
        assertThat(decks.editableDeck(deckId).questions()).extracting(q -> q.question().tags())
                .containsExactly(List.of("2024"), List.of(), List.of("2024"));

        test(view.rows.get(0).select).click();
        test(view.rows.get(1).select).click();
        test(view.deleteSelected).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(order(deckId)).containsExactly("q2");
        var undo = find(Button.class, find(Notification.class).all().getLast()).withText("Undo").single();
        test(undo).click();
        assertThat(order(deckId)).containsExactly("q0", "q1", "q2");
    }

    @Test
    @WithUserDetails("teacher")
    void the_deck_details_save_and_unsaved_ones_are_not_lost_silently() {
        var deckId = deckWith("A?");
        var view = open(deckId);
        test(view.description).setValue("Built from *the article*. <script>alert(1)</script>");
        assertThat(view.saveDetails.isEnabled()).isTrue();
        UI.getCurrent().navigate("decks");
        assertThat(getCurrentView()).isSameAs(view);
        test(find(ConfirmDialog.class).single()).cancel();

        test(view.saveDetails).click();
        assertThat(decks.editableDeck(deckId).details().description()).startsWith("Built from *the article*.");
        assertThat(view.saveDetails.isEnabled()).isFalse();
        UI.getCurrent().navigate("decks/new");
        assertThat(getCurrentView()).isInstanceOf(NewDeckView.class);
    }

    @Test
    @WithUserDetails("teacher")
    void co_authors_are_named_by_username() {
        var colleague = users.create(Role.INSTRUCTOR);
        var deckId = deckWith("A?");
        var view = open(deckId);
        test(view.coauthorName).setValue("nobody-by-that-name");
        test(view.addCoauthor).click();
        assertThat(view.coauthorName.isInvalid()).isTrue();
        assertThat(view.coauthorName.getErrorMessage()).contains("No instructor");
        test(view.coauthorName).setValue(colleague.username());
        test(view.addCoauthor).click();
        assertThat(decks.editableDeck(deckId).coauthors()).extracting(c -> c.username()).containsExactly(colleague.username());
        // The colleague now edits it from their own list.
        assertThat(users.as(colleague, () -> decks.editableDeck(deckId)).canEdit()).isTrue();
    }

    @Test
    @WithUserDetails("teacher")
    void a_library_deck_opens_read_only_and_duplicates_into_an_editable_copy() {
        var libraryId = decks.idOf("rdprk-summits").orElseThrow();
        var view = open(libraryId);
        assertThat(find(Button.class).withText("Add question").all()).isEmpty();
        assertThat(view.rows).allSatisfy(r -> assertThat(r.edit.getText()).isEqualTo("View"));
        test(find(Button.class).withText("Duplicate to edit").single()).click();
        var copy = (DeckEditorView) getCurrentView();
        assertThat(copy.deck.id()).isNotEqualTo(libraryId);
        assertThat(copy.deck.canEdit()).isTrue();
        assertThat(copy.rows).hasSize(view.rows.size());
        assertThat(find(Button.class).withText("Add question").single().isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("teacher")
    void add_question_offers_every_type_and_opens_its_form() {
        var deckId = deckWith();
        open(deckId);
        test(find(Button.class).withText("Add question").single()).click();
        var picker = find(TypePickerDialog.class).single();
        var buttons = find(Button.class, picker).withClassName("qd-editor-type-button").all();
        assertThat(buttons).hasSize(QuestionType.values().length);
        test(buttons.get(4)).click();
        var form = (QuestionEditorView) getCurrentView();
        assertThat(form.form.type).isEqualTo(QuestionType.NUMERIC);
    }

    @Test
    @WithUserDetails("teacher")
    void deleting_a_deck_moves_it_to_the_trash_where_it_can_be_restored() {
        var deckId = deckWith("A?");
        open(deckId);
        test(find(Button.class).withText("Delete deck").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(decks.visibleDecks()).extracting(d -> d.id()).doesNotContain(deckId);
        var trash = navigate("decks/trash", TrashView.class);
        test(find(Button.class, trash.list).withCondition(b -> ("Restore " + decks.summary(deckId).title())
                .equals(b.getElement().getAttribute("aria-label"))).single()).click();
        assertThat(decks.visibleDecks()).extracting(d -> d.id()).contains(deckId);
    }

    @Test
    @WithUserDetails("ana")
    void a_student_cannot_open_the_deck_editor() {
        assertThatThrownBy(() -> navigate("decks/1/edit", DeckEditorView.class)).isInstanceOf(Exception.class);
        assertThat(getCurrentView()).isNotInstanceOf(DeckEditorView.class);
        assertThatThrownBy(() -> navigate("decks/new", NewDeckView.class)).isInstanceOf(Exception.class);
    }
}
