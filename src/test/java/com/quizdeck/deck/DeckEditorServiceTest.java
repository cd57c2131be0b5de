package com.quizdeck.deck;

import static com.quizdeck.deck.EditorFixtures.single;
import static com.quizdeck.deck.EditorFixtures.trueFalse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.Role;
import com.quizdeck.account.UserSummary;
import com.quizdeck.classroom.ClassroomService;
import com.quizdeck.content.Choice;
import com.quizdeck.content.DeckSource;
import com.quizdeck.content.QuestionHeader;
import com.quizdeck.content.RuleViolation;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestUsers;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class DeckEditorServiceTest {

    @Autowired
    DeckService decks;
    @Autowired
    ClassroomService classrooms;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    UserSummary owner;
    Long deckId;

    @BeforeEach
    void aDeckOfItsOwn() {
        owner = users.create(Role.INSTRUCTOR);
        deckId = users.as(owner, () -> decks.createDeck(new DeckDetails("Treaties", "About **treaties**.",
                new DeckSource("The Renewed Alliance", "Dae Un Hong", "2024-10-04", null), List.of("treaties"))));
    }

    private EditorQuestion add(UserSummary who, com.quizdeck.content.Question q) {
        return users.as(who, () -> decks.addQuestion(deckId, q));
    }

    @Test
    void an_instructor_creates_a_deck_with_every_auto_graded_type_and_reads_it_back() {
        EditorFixtures.everyAutoGradedType().forEach(q -> add(owner, q));

        var deck = users.as(owner, () -> decks.editableDeck(deckId));
        assertThat(deck.details().title()).isEqualTo("Treaties");
        assertThat(deck.details().source().author()).isEqualTo("Dae Un Hong");
        assertThat(deck.origin()).isEqualTo(DeckOrigin.EDITOR);
        assertThat(deck.canEdit()).isTrue();
        assertThat(deck.canManage()).isTrue();
        assertThat(deck.questions()).extracting(EditorQuestion::key).containsExactly("abrogated", "visitors-2019",
                "article-23", "ally", "ties-year", "summits", "treaty-order", "cloze-1996");
        assertThat(deck.questions()).allSatisfy(q -> assertThat(q.versionNo()).isEqualTo(1));
        assertThat(deck.questions().getFirst().changedBy()).isEqualTo(owner.displayName());
        assertThat(users.as(owner, () -> decks.visibleDecks())).extracting(DeckSummary::title).contains("Treaties");
    }

    @Test
    void a_question_without_an_id_gets_one_from_its_prompt_unique_in_the_deck() {
        var first = add(owner, single("", "When was the treaty abrogated?"));
        var second = add(owner, single("", "When was the treaty abrogated?"));
        assertThat(first.key()).isEqualTo("when-was-the-treaty-abrogated");
        assertThat(second.key()).isEqualTo("when-was-the-treaty-abrogated-2");
    }

    @Test
    void a_half_valid_question_is_refused_with_the_fields_that_are_wrong() {
        var broken = new SingleChoiceQuestion(QuestionHeader.of("broken", " "),
                List.of(Choice.correct("1996"), new Choice("", 0, null)), true);
        assertThatThrownBy(() -> add(owner, broken)).isInstanceOf(InvalidContentException.class)
                .satisfies(e -> assertThat(((InvalidContentException) e).violations()).extracting(RuleViolation::path)
                        .contains("prompt", "options[1].text"));
        add(owner, single("taken", "Q?"));
        assertThatThrownBy(() -> add(owner, single("taken", "Another?")))
                .isInstanceOf(InvalidContentException.class).hasMessageContaining("id: another question");
        assertThat(users.as(owner, () -> decks.editableDeck(deckId)).questions()).hasSize(1);
    }

    @Test
    void saving_unchanged_content_makes_no_version_and_a_change_keeps_the_old_version_for_past_attempts() {
        var q = add(owner, single("q", "When was the 1961 treaty abrogated?"));
        var same = users.as(owner, () -> decks.saveQuestion(deckId, q.questionId(), q.versionId(), q.question()));
        assertThat(same.newVersion()).isFalse();
        assertThat(same.question().versionId()).isEqualTo(q.versionId());

        var edited = q.question().withHeader(q.question().header().withPrompt("In which year was it abrogated?"));
        var saved = users.as(owner, () -> decks.saveQuestion(deckId, q.questionId(), q.versionId(), edited));
        assertThat(saved.newVersion()).isTrue();
        assertThat(saved.question().versionNo()).isEqualTo(2);

        // An attempt that holds version 1 still reads version 1.
        var old = users.as(owner, () -> decks.questionsAt(List.of(q.versionId())));
        assertThat(old.get(q.versionId()).question().prompt()).isEqualTo("When was the 1961 treaty abrogated?");
        assertThat(users.as(owner, () -> decks.currentQuestions(deckId))).singleElement()
                .satisfies(ref -> assertThat(ref.versionId()).isEqualTo(saved.question().versionId()));
    }

    @Test
    void the_second_of_two_saves_from_the_same_version_is_refused_and_nothing_is_overwritten() {
        var coauthor = users.create(Role.INSTRUCTOR);
        users.as(owner, () -> decks.addCoauthor(deckId, coauthor.username()));
        var q = add(owner, single("q", "Original?"));
        // Both open the question at version 1.
        var openedByOwner = users.as(owner, () -> decks.editorQuestion(deckId, q.questionId()));
        var openedByCoauthor = users.as(coauthor, () -> decks.editorQuestion(deckId, q.questionId()));

        users.as(coauthor, () -> decks.saveQuestion(deckId, q.questionId(), openedByCoauthor.versionId(),
                q.question().withHeader(q.question().header().withPrompt("Co-author's wording?"))));
        assertThatThrownBy(() -> users.as(owner, () -> decks.saveQuestion(deckId, q.questionId(),
                openedByOwner.versionId(), q.question().withHeader(q.question().header().withPrompt("Owner's wording?")))))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining(coauthor.displayName())
                .hasMessageContaining("version 2")
                .hasMessageContaining("Nothing was overwritten");

        var now = users.as(owner, () -> decks.editorQuestion(deckId, q.questionId()));
        assertThat(now.question().prompt()).isEqualTo("Co-author's wording?");
        assertThat(now.versionNo()).isEqualTo(2);
        // After reloading (base = version 2) the owner's save goes through as version 3.
        var retried = users.as(owner, () -> decks.saveQuestion(deckId, q.questionId(), now.versionId(),
                q.question().withHeader(q.question().header().withPrompt("Owner's wording?"))));
        assertThat(retried.question().versionNo()).isEqualTo(3);
    }

    @Test
    void history_names_who_changed_what_and_an_old_version_is_restored_as_a_new_one() {
        var coauthor = users.create(Role.INSTRUCTOR);
        users.as(owner, () -> decks.addCoauthor(deckId, coauthor.username()));
        var v1 = add(owner, single("q", "First wording?"));
        var v2 = users.as(coauthor, () -> decks.saveQuestion(deckId, v1.questionId(), v1.versionId(),
                v1.question().withHeader(v1.question().header().withPrompt("Second wording?")
                        .withTags(List.of("summits"))))).question();

        var history = users.as(owner, () -> decks.history(deckId, v1.questionId()));
        assertThat(history).extracting(QuestionVersionInfo::versionNo).containsExactly(2, 1);
        assertThat(history.get(0).author()).isEqualTo(coauthor.displayName());
        assertThat(history.get(0).changes()).containsExactly("prompt", "tags");
        assertThat(history.get(0).current()).isTrue();
        assertThat(history.get(1).author()).isEqualTo(owner.displayName());
        assertThat(history.get(1).note()).isEqualTo("Created");

        var restored = users.as(owner, () -> decks.restoreVersion(deckId, v1.questionId(), v1.versionId(), v2.versionId()));
        assertThat(restored.newVersion()).isTrue();
        assertThat(restored.question().versionNo()).isEqualTo(3);
        assertThat(restored.question().question().prompt()).isEqualTo("First wording?");
        var after = users.as(owner, () -> decks.history(deckId, v1.questionId()));
        assertThat(after.getFirst().note()).isEqualTo("Restored version 1");
        assertThat(after.getFirst().changes()).containsExactly("prompt", "tags");
        // Restoring from a stale page is refused like any other save.
        assertThatThrownBy(() -> users.as(owner,
                () -> decks.restoreVersion(deckId, v1.questionId(), v2.versionId(), v2.versionId())))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void reordering_moves_questions_and_a_stale_order_is_refused() {
        var a = add(owner, single("a", "A?"));
        var b = add(owner, single("b", "B?"));
        var c = add(owner, single("c", "C?"));
        users.as(owner, () -> decks.reorder(deckId, List.of(c.questionId(), a.questionId(), b.questionId())));
        assertThat(users.as(owner, () -> decks.editableDeck(deckId)).questions()).extracting(EditorQuestion::key)
                .containsExactly("c", "a", "b");

        assertThatThrownBy(() -> users.as(owner, () -> decks.reorder(deckId, List.of(a.questionId(), b.questionId()))))
                .isInstanceOf(EditConflictException.class);
        // Reordering keeps every question's version: attempts are unaffected.
        assertThat(users.as(owner, () -> decks.editableDeck(deckId)).questions())
                .allSatisfy(q -> assertThat(q.versionNo()).isEqualTo(1));
    }

    @Test
    void bulk_tag_and_delete_with_undo() {
        var a = add(owner, single("a", "A?"));
        var b = add(owner, single("b", "B?"));
        int tagged = users.as(owner, () -> decks.tagQuestions(deckId, List.of(a.questionId(), b.questionId()), "1996"));
        assertThat(tagged).isEqualTo(2);
        assertThat(users.as(owner, () -> decks.tagQuestions(deckId, List.of(a.questionId()), "1996"))).isZero();
        var deck = users.as(owner, () -> decks.editableDeck(deckId));
        assertThat(deck.questions()).allSatisfy(q -> assertThat(q.question().tags()).containsExactly("1996"));
        assertThatThrownBy(() -> users.as(owner, () -> decks.tagQuestions(deckId, List.of(a.questionId()), "a,b")))
                .isInstanceOf(InvalidContentException.class);

        users.as(owner, () -> decks.removeQuestions(deckId, List.of(a.questionId())));
        assertThat(users.as(owner, () -> decks.editableDeck(deckId)).questions()).extracting(EditorQuestion::key)
                .containsExactly("b");
        users.as(owner, () -> decks.restoreQuestions(deckId, List.of(a.questionId())));
        assertThat(users.as(owner, () -> decks.editableDeck(deckId)).questions()).extracting(EditorQuestion::key)
                .containsExactly("a", "b");
    }

    @Test
    void deck_details_change_and_a_stale_page_does_not_overwrite_them() {
        var opened = users.as(owner, () -> decks.editableDeck(deckId)).details();
        var changed = new DeckDetails("Treaties of 1961, 2000 and 2024", opened.description(), opened.source(),
                List.of("treaties", " alliance ", "treaties"));
        var saved = users.as(owner, () -> decks.updateDetails(deckId, opened, changed));
        assertThat(saved.tags()).containsExactly("treaties", "alliance");

        var stale = new DeckDetails("Something else", null, null, List.of());
        assertThatThrownBy(() -> users.as(owner, () -> decks.updateDetails(deckId, opened, stale)))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> users.as(owner, () -> decks.updateDetails(deckId, saved,
                new DeckDetails(" ", null, new DeckSource(null, null, null, "javascript:alert(1)"), List.of()))))
                .isInstanceOf(InvalidContentException.class)
                .satisfies(e -> assertThat(((InvalidContentException) e).violations()).extracting(RuleViolation::path)
                        .containsExactly("title", "source.url"));
        assertThat(users.as(owner, () -> decks.editableDeck(deckId)).details().title())
                .isEqualTo("Treaties of 1961, 2000 and 2024");
    }

    @Test
    void a_student_is_refused_by_every_editor_method() {
        var student = users.create(Role.STUDENT);
        var q = add(owner, single("q", "Q?"));
        List<Runnable> calls = List.of(
                () -> decks.createDeck(new DeckDetails("Mine", null, null, List.of())),
                () -> decks.editableDeck(deckId),
                () -> decks.editorQuestion(deckId, q.questionId()),
                () -> decks.addQuestion(deckId, single("x", "X?")),
                () -> decks.saveQuestion(deckId, q.questionId(), q.versionId(), q.question()),
                () -> decks.removeQuestions(deckId, List.of(q.questionId())),
                () -> decks.reorder(deckId, List.of(q.questionId())),
                () -> decks.tagQuestions(deckId, List.of(q.questionId()), "t"),
                () -> decks.history(deckId, q.questionId()),
                () -> decks.restoreVersion(deckId, q.questionId(), q.versionId(), q.versionId()),
                () -> decks.addCoauthor(deckId, "teacher"),
                () -> decks.duplicate(deckId),
                () -> decks.setArchived(deckId, true),
                () -> decks.moveToTrash(deckId),
                () -> decks.restoreFromTrash(deckId),
                () -> decks.trash());
        for (var call : calls) {
            assertThatThrownBy(() -> users.as(student, call)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void another_instructor_can_neither_read_nor_change_the_deck_until_named_co_author() {
        var other = users.create(Role.INSTRUCTOR);
        var q = add(owner, single("q", "Q?"));
        assertThatThrownBy(() -> users.as(other, () -> decks.editableDeck(deckId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> decks.saveQuestion(deckId, q.questionId(), q.versionId(),
                single("q", "Hijacked?")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> decks.duplicate(deckId))).isInstanceOf(AccessDeniedException.class);

        users.as(owner, () -> decks.addCoauthor(deckId, other.username().toUpperCase()));
        var asCoauthor = users.as(other, () -> decks.editableDeck(deckId));
        assertThat(asCoauthor.canEdit()).isTrue();
        assertThat(asCoauthor.canManage()).isFalse();
        assertThat(users.as(owner, () -> decks.editableDeck(deckId)).coauthors()).extracting(Coauthor::username)
                .containsExactly(other.username());
        assertThat(users.as(other, () -> decks.visibleDecks())).filteredOn(d -> d.id().equals(deckId))
                .singleElement().satisfies(d -> {
                    assertThat(d.editable()).isTrue();
                    assertThat(d.manageable()).isFalse();
                });
        users.as(other, () -> decks.addQuestion(deckId, single("by-coauthor", "Added by a co-author?")));
        // Co-authors edit; archiving, deleting and naming co-authors stay the owner's.
        assertThatThrownBy(() -> users.as(other, () -> decks.moveToTrash(deckId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> decks.addCoauthor(deckId, "teacher")))
                .isInstanceOf(AccessDeniedException.class);

        users.as(owner, () -> decks.removeCoauthor(deckId, other.id()));
        assertThatThrownBy(() -> users.as(other, () -> decks.editableDeck(deckId))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_instructors_can_be_co_authors() {
        var student = users.create(Role.STUDENT);
        assertThatThrownBy(() -> users.as(owner, () -> decks.addCoauthor(deckId, student.username())))
                .isInstanceOf(InvalidContentException.class).hasMessageContaining("No instructor");
        assertThatThrownBy(() -> users.as(owner, () -> decks.addCoauthor(deckId, owner.username())))
                .isInstanceOf(InvalidContentException.class).hasMessageContaining("owns this deck");
    }

    @Test
    void an_admin_may_edit_any_instructors_deck() {
        var admin = users.create(Role.ADMIN);
        var deck = users.as(admin, () -> decks.editableDeck(deckId));
        assertThat(deck.canEdit()).isTrue();
        assertThat(deck.canManage()).isTrue();
        users.as(admin, () -> decks.addQuestion(deckId, single("by-admin", "Added by an admin?")));
    }

    @Test
    void library_decks_are_read_only_and_duplicate_into_an_own_editable_deck() {
        var instructor = users.create(Role.INSTRUCTOR);
        var libraryId = users.as(instructor, () -> decks.idOf("rdprk-treaties")).orElseThrow();
        var library = users.as(instructor, () -> decks.editableDeck(libraryId));
        assertThat(library.canEdit()).isFalse();
        var first = library.questions().getFirst();
        assertThatThrownBy(() -> users.as(instructor, () -> decks.saveQuestion(libraryId, first.questionId(),
                first.versionId(), first.question()))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("duplicate");
        var admin = users.create(Role.ADMIN);
        assertThatThrownBy(() -> users.as(admin, () -> decks.moveToTrash(libraryId))).isInstanceOf(AccessDeniedException.class);

        var copyId = users.as(instructor, () -> decks.duplicate(libraryId));
        var copy = users.as(instructor, () -> decks.editableDeck(copyId));
        assertThat(copy.details().title()).isEqualTo("Copy of " + library.details().title());
        assertThat(copy.canEdit()).isTrue();
        assertThat(copy.slug()).isNotEqualTo(library.slug());
        assertThat(copy.questions()).extracting(EditorQuestion::key)
                .containsExactlyElementsOf(library.questions().stream().map(EditorQuestion::key).toList());
        assertThat(copy.questions()).allSatisfy(q -> assertThat(q.versionNo()).isEqualTo(1));
        assertThat(users.as(instructor, () -> decks.history(copyId, copy.questions().getFirst().questionId())))
                .singleElement().satisfies(v -> assertThat(v.note()).startsWith("Copied from"));
        // Editing the copy leaves the library deck alone.
        var q = copy.questions().getFirst();
        users.as(instructor, () -> decks.saveQuestion(copyId, q.questionId(), q.versionId(),
                q.question().withHeader(q.question().header().withPrompt("My own wording?"))));
        assertThat(users.as(instructor, () -> decks.editableDeck(libraryId)).questions().getFirst().question().prompt())
                .isEqualTo(first.question().prompt());
    }

    @Test
    void a_deck_in_the_trash_disappears_for_everyone_and_comes_back_when_restored() {
        add(owner, single("q", "Q?"));
        var classroom = users.as(owner, () -> classrooms.createClass("Trash test " + deckId));
        users.as(owner, () -> decks.shareWithClass(deckId, classroom.id()));
        var student = users.create(Role.STUDENT);
        users.as(student, () -> classrooms.joinByCode(classroom.joinCode()));
        assertThat(users.as(student, () -> decks.myDecks())).extracting(SharedDeck::deckId).contains(deckId);

        users.as(owner, () -> decks.moveToTrash(deckId));
        assertThat(users.as(owner, () -> decks.visibleDecks())).extracting(DeckSummary::id).doesNotContain(deckId);
        assertThat(users.as(student, () -> decks.myDecks())).extracting(SharedDeck::deckId).doesNotContain(deckId);
        assertThat(users.as(owner, () -> decks.trash())).extracting(DeckSummary::id).containsExactly(deckId);
        assertThatThrownBy(() -> users.as(owner, () -> decks.addQuestion(deckId, single("x", "X?"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("trash");

        users.as(owner, () -> decks.restoreFromTrash(deckId));
        assertThat(users.as(owner, () -> decks.visibleDecks())).extracting(DeckSummary::id).contains(deckId);
        assertThat(users.as(student, () -> decks.myDecks())).extracting(SharedDeck::deckId).contains(deckId);
        assertThat(users.as(owner, () -> decks.trash())).isEmpty();
    }

    @Test
    void a_deck_deleted_more_than_thirty_days_ago_cannot_be_restored() {
        users.as(owner, () -> decks.moveToTrash(deckId));
        jdbc.update("update deck set deleted_at = ? where id = ?",
                Timestamp.from(clock.instant().minus(31, ChronoUnit.DAYS)), deckId);
        assertThat(users.as(owner, () -> decks.trash())).extracting(DeckSummary::id).doesNotContain(deckId);
        assertThatThrownBy(() -> users.as(owner, () -> decks.restoreFromTrash(deckId)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("30 days");
    }

    @Test
    void an_archived_deck_stays_listed_and_usable_with_its_flag() {
        users.as(owner, () -> decks.setArchived(deckId, true));
        var summary = users.as(owner, () -> decks.visibleDecks()).stream().filter(d -> d.id().equals(deckId))
                .findFirst().orElseThrow();
        assertThat(summary.archived()).isTrue();
        add(owner, single("q", "Still editable?"));
        users.as(owner, () -> decks.setArchived(deckId, false));
        assertThat(users.as(owner, () -> decks.summary(deckId)).archived()).isFalse();
    }

    @Test
    void question_ids_are_suggested_from_text_and_never_collide() {
        add(owner, single("the-1961-treaty", "Q?"));
        assertThat(users.as(owner, () -> decks.suggestQuestionId(deckId, "The 1961 treaty"))).isEqualTo("the-1961-treaty-2");
        assertThat(Set.of(users.as(owner, () -> decks.suggestQuestionId(deckId, "!!!")))).containsExactly("question");
        add(owner, trueFalse("tf", "True?", true));
    }
}
