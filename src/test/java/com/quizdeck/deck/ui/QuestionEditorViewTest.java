package com.quizdeck.deck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.account.Role;
import com.quizdeck.content.FlashcardQuestion;
import com.quizdeck.content.OpenQuestion;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.deck.DeckDetails;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.EditorFixtures;
import com.quizdeck.support.TestUsers;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class QuestionEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    DeckService decks;
    @Autowired
    TestUsers users;

    Long deckId;

    @BeforeEach
    void aDeck() {
        // Runs inside @WithUserDetails: the deck is the teacher's.
        deckId = decks.createDeck(new DeckDetails("Editor test " + System.nanoTime(), null, null, List.of()));
    }

    private QuestionEditorView openNew(String type) {
        UI.getCurrent().navigate("decks/" + deckId + "/questions/new", QueryParameters.of("type", type));
        return (QuestionEditorView) getCurrentView();
    }

    private QuestionEditorView open(Long questionId) {
        return navigate("decks/" + deckId + "/questions/" + questionId, QuestionEditorView.class);
    }

    private static Rows.ChoiceRow option(QuestionEditorView view, int i) {
        var body = (Bodies.ChoiceBody) view.form.body;
        return (Rows.ChoiceRow) body.options.rows().get(i);
    }

    @Test
    @WithUserDetails("teacher")
    void a_new_single_choice_shows_each_problem_next_to_its_field_and_saves_only_when_valid() {
        var view = openNew("single_choice");
        // Nothing is flagged before the teacher starts.
        assertThat(view.form.prompt.isInvalid()).isFalse();

        test(view.form.prompt).setValue("When was the 1961 treaty **abrogated**?");
        test(option(view, 0).text).setValue("1996");
        assertThat(view.form.prompt.isInvalid()).isFalse();
        // No option is ticked yet: the list says so; empty options are flagged at their own field.
        assertThat(find(FieldPaths.GroupError.class).all()).anySatisfy(e -> {
            assertThat(e.isVisible()).isTrue();
            assertThat(e.getText()).contains("exactly one correct option");
        });
        assertThat(option(view, 1).text.isInvalid()).isTrue();
        assertThat(option(view, 1).text.getErrorMessage()).isEqualTo("Option text is empty.");
        assertThat(view.status.getText()).contains("to fix before saving");

        // Saving now refuses and writes nothing.
        test(view.save).click();
        assertThat(decks.editableDeck(deckId).questions()).isEmpty();

        test(option(view, 0).correct).click();
        test(option(view, 1).text).setValue("1992");
        test(option(view, 2).text).setValue("2000");
        test(option(view, 3).remove).click();
        test(view.form.explanation).setValue("Russia had turned towards South Korea.");
        test(view.form.source).setValue("The 1961 treaty was abrogated in 1996 when Russia became more interested "
                + "in improving relations with South Korea.");
        assertThat(option(view, 0).weight.getValue()).isEqualTo("100");
        assertThat(view.form.build().problems()).isEmpty();
        assertThat(find(FieldPaths.GroupError.class).all()).noneMatch(e -> e.isVisible());

        test(view.save).click();
        assertThat(getCurrentView()).isInstanceOf(DeckEditorView.class);
        var saved = decks.editableDeck(deckId).questions();
        assertThat(saved).singleElement().satisfies(q -> {
            assertThat(q.key()).isEqualTo("when-was-the-1961-treaty-abrogated");
            var sc = (SingleChoiceQuestion) q.question();
            assertThat(sc.options()).extracting(o -> o.text()).containsExactly("1996", "1992", "2000");
            assertThat(sc.options().getFirst().correct()).isTrue();
            assertThat(sc.explanation()).startsWith("Russia had turned");
        });
    }

    @Test
    @WithUserDetails("teacher")
    void ticking_another_correct_option_of_a_single_choice_unticks_the_first() {
        var view = openNew("single_choice");
        test(option(view, 0).correct).click();
        test(option(view, 2).correct).click();
        assertThat(option(view, 0).correct.getValue()).isFalse();
        assertThat(option(view, 0).weight.getValue()).isEqualTo("0");
        assertThat(option(view, 2).weight.getValue()).isEqualTo("100");
    }

    @Test
    @WithUserDetails("teacher")
    void multiple_response_weights_that_do_not_reach_100_are_flagged_on_the_options() {
        var view = openNew("multiple_response");
        test(view.form.prompt).setValue("Who visited the DPRK in 2019?");
        test(option(view, 0).text).setValue("Xi Jinping");
        test(option(view, 1).text).setValue("Putin");
        test(option(view, 2).text).setValue("Jiang Zemin");
        test(option(view, 3).remove).click();
        test(option(view, 0).correct).click();
        test(option(view, 1).correct).click();
        assertThat(option(view, 0).weight.getValue()).isEqualTo("50");
        assertThat(view.form.build().problems()).isEmpty();

        test(option(view, 1).weight).setValue("30");
        assertThat(view.form.build().problems()).extracting(p -> p.path()).containsExactly("options");
        assertThat(find(FieldPaths.GroupError.class).all()).anySatisfy(e ->
                assertThat(e.getText()).isEqualTo("The positive weights must sum to 100 (found 80)."));
        test(option(view, 2).weight).setValue("abc");
        assertThat(option(view, 2).weight.isInvalid()).isTrue();
        assertThat(option(view, 2).weight.getErrorMessage()).contains("percentage");
    }

    @Test
    @WithUserDetails("teacher")
    void a_negative_numeric_tolerance_is_flagged_at_its_field() {
        var view = openNew("numeric");
        test(view.form.prompt).setValue("In which year did China and South Korea establish ties?");
        var row = (Rows.NumericAnswerRow) ((Bodies.NumericBody) view.form.body).answers.rows().getFirst();
        test(row.value).setValue("1992");
        test(row.tolerance).setValue("-1");
        assertThat(row.tolerance.isInvalid()).isTrue();
        assertThat(row.tolerance.getErrorMessage()).isEqualTo("Tolerance cannot be negative.");
        test(row.tolerance).setValue("");
        assertThat(view.form.build().problems()).isEmpty();
    }

    @Test
    @WithUserDetails("teacher")
    void a_cloze_without_blanks_is_flagged_and_insert_blank_adds_one() {
        var cloze = openNew("cloze");
        var body = (Bodies.ClozeBody) cloze.form.body;
        test(body.text).setValue("The 1961 treaty was abrogated in 1996.");
        assertThat(find(FieldPaths.GroupError.class).all()).anySatisfy(e ->
                assertThat(e.getText()).isEqualTo("This question needs at least one blank."));
        test(body.insert).click();
        assertThat(body.text.getValue()).endsWith("{1}");
        assertThat(body.blanks.rows()).hasSize(1);
    }

    @Test
    @WithUserDetails("teacher")
    void every_type_reads_back_from_its_form_unchanged() {
        var all = new ArrayList<>(EditorFixtures.everyAutoGradedType());
        all.add(new FlashcardQuestion(QuestionHeader.of("card", null), "Treaty of 1961", "Friendship, Cooperation and "
                + "Mutual Assistance"));
        all.add(new OpenQuestion(QuestionHeader.of("essay", "Why did the 1961 treaty end?"), "Russia's turn to Seoul."));
        for (var question : all) {
            var added = decks.addQuestion(deckId, question);
            var view = open(added.questionId());
            var built = view.form.build();
            assertThat(built.problems()).as(question.id()).isEmpty();
            assertThat(built.question()).as(question.id()).isEqualTo(added.question());
            assertThat(view.isDirty()).as(question.id()).isFalse();
        }
    }

    @Test
    @WithUserDetails("teacher")
    void saving_an_edit_makes_a_new_version_and_history_restores_the_old_one() {
        var added = decks.addQuestion(deckId, EditorFixtures.single("q", "First wording?"));
        var view = open(added.questionId());
        test(view.form.prompt).setValue("Second wording?");
        assertThat(view.isDirty()).isTrue();
        test(view.save).click();
        assertThat(view.isDirty()).isFalse();
        assertThat(decks.editorQuestion(deckId, added.questionId()).versionNo()).isEqualTo(2);

        test(view.history).click();
        var dialog = find(HistoryDialog.class).single();
        var restore = find(com.vaadin.flow.component.button.Button.class, dialog).withText("Restore version 1").single();
        test(restore).click();
        test(find(ConfirmDialog.class).single()).confirm();
        var now = decks.editorQuestion(deckId, added.questionId());
        assertThat(now.versionNo()).isEqualTo(3);
        assertThat(now.question().prompt()).isEqualTo("First wording?");
        assertThat(view.form.prompt.getValue()).isEqualTo("First wording?");
    }

    @Test
    @WithUserDetails("teacher")
    void a_save_over_a_colleagues_newer_version_is_refused_with_a_reload_and_nothing_is_lost() {
        var colleague = users.create(Role.INSTRUCTOR);
        decks.addCoauthor(deckId, colleague.username());
        var added = decks.addQuestion(deckId, EditorFixtures.single("q", "Original wording?"));
        var view = open(added.questionId());

        // Meanwhile the colleague saves the same question from their own page.
        users.as(colleague, () -> decks.saveQuestion(deckId, added.questionId(), added.versionId(),
                added.question().withHeader(added.question().header().withPrompt("Colleague's wording?"))));

        test(view.form.prompt).setValue("My wording?");
        test(view.save).click();
        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflictMessage.getText()).contains(colleague.displayName()).contains("version 2")
                .contains("Nothing was overwritten");
        assertThat(view.form.prompt.getValue()).isEqualTo("My wording?");
        assertThat(decks.editorQuestion(deckId, added.questionId()).question().prompt()).isEqualTo("Colleague's wording?");

        test(view.reload).click();
        assertThat(view.conflict.isVisible()).isFalse();
        assertThat(view.form.prompt.getValue()).isEqualTo("Colleague's wording?");
        test(view.form.prompt).setValue("Colleague's wording, improved?");
        test(view.save).click();
        assertThat(decks.editorQuestion(deckId, added.questionId()).versionNo()).isEqualTo(3);
        assertThat(decks.history(deckId, added.questionId())).extracting(v -> v.question().prompt())
                .containsExactly("Colleague's wording, improved?", "Colleague's wording?", "Original wording?");
    }

    @Test
    @WithUserDetails("teacher")
    void after_reading_the_conflict_a_teacher_may_keep_their_text_as_the_newest_version() {
        var colleague = users.create(Role.INSTRUCTOR);
        decks.addCoauthor(deckId, colleague.username());
        var added = decks.addQuestion(deckId, EditorFixtures.single("q", "Original wording?"));
        var view = open(added.questionId());
        users.as(colleague, () -> decks.saveQuestion(deckId, added.questionId(), added.versionId(),
                added.question().withHeader(added.question().header().withPrompt("Colleague's wording?"))));

        test(view.form.prompt).setValue("My wording?");
        test(view.save).click();
        assertThat(view.conflict.isVisible()).isTrue();
        test(view.saveMine).click();
        assertThat(view.conflict.isVisible()).isFalse();
        // Nothing is lost: the colleague's version stays in the history under the teacher's.
        assertThat(decks.history(deckId, added.questionId())).extracting(v -> v.question().prompt())
                .containsExactly("My wording?", "Colleague's wording?", "Original wording?");
    }

    @Test
    @WithUserDetails("teacher")
    void leaving_with_unsaved_changes_asks_first() {
        var added = decks.addQuestion(deckId, EditorFixtures.trueFalse("tf", "Article 23 keeps it in force.", true));
        var view = open(added.questionId());
        test(view.form.prompt).setValue("Article 23 keeps the treaty in force indefinitely.");

        UI.getCurrent().navigate("decks/" + deckId + "/edit");
        assertThat(getCurrentView()).isSameAs(view);
        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Discard unsaved changes?");
        test(confirm).confirm();
        assertThat(getCurrentView()).isInstanceOf(DeckEditorView.class);
        assertThat(decks.editorQuestion(deckId, added.questionId()).question().prompt())
                .isEqualTo("Article 23 keeps it in force.");
    }

    @Test
    @WithUserDetails("teacher")
    void a_library_question_opens_read_only() {
        var libraryId = decks.idOf("rdprk-treaties").orElseThrow();
        var first = decks.editableDeck(libraryId).questions().getFirst();
        var view = navigate("decks/" + libraryId + "/questions/" + first.questionId(), QuestionEditorView.class);
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.form.prompt.isReadOnly()).isTrue();
        assertThat(view.status.getText()).contains("Duplicate");
    }
}
