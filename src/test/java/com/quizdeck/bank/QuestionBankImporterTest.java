package com.quizdeck.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.Role;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.DeckSummary;
import com.quizdeck.support.IntegrationTest;
import com.quizdeck.support.TestUsers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class QuestionBankImporterTest {

    @Autowired
    QuestionBankImporter importer;
    @Autowired
    QuestionBankExporter exporter;
    @Autowired
    DeckService decks;
    @Autowired
    TestUsers users;

    private static final String GIFT = """
            // A small GIFT bank
            ::Capital::What is the capital of the DPRK? {=Pyongyang ~Seoul ~Beijing}

            ::Abrogated::In which year was the 1961 treaty abrogated? {#1996}

            ::Clause::The 2000 treaty included the automatic intervention clause. {F}
            """;

    @Test
    void confirming_a_preview_imports_exactly_what_it_showed() {
        var teacher = users.create(Role.INSTRUCTOR);
        var preview = users.as(teacher, () -> importer.preview("small.gift.txt", GIFT.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.questionCount()).isEqualTo(3);

        var results = users.as(teacher, () -> importer.importPreviewed(preview));

        var deckId = results.getFirst().deckId();
        var stored = users.as(teacher, () -> decks.deckContent(deckId));
        assertThat(stored.questions()).extracting(q -> q.type().wireName())
                .containsExactly("single_choice", "numeric", "true_false");
        assertThat(stored.questions()).isEqualTo(preview.plans().getFirst().deck().questions());
    }

    @Test
    void a_malformed_bank_names_the_line_and_imports_nothing() {
        var teacher = users.create(Role.INSTRUCTOR);
        var lines = new StringBuilder();
        for (int i = 1; i <= 11; i++) {
            lines.append(i % 2 == 1 ? "// filler line " + i + "\n" : "\n");
        }
        lines.append("::Broken::Which treaty dropped the clause? {=The 2000 treaty ~The 1961 treaty\n\n");
        lines.append("::Fine::Is this fine? {T}\n");
        var before = users.as(teacher, () -> decks.visibleDecks()).size();

        var preview = users.as(teacher, () -> importer.preview("broken.gift.txt",
                lines.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.toString()).startsWith("broken.gift.txt:12:");
        });
        assertThatThrownBy(() -> users.as(teacher, () -> importer.importPreviewed(preview)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(users.as(teacher, () -> decks.visibleDecks())).hasSize(before);
    }

    @Test
    void an_upload_with_a_library_decks_id_becomes_a_new_deck_and_leaves_the_library_alone() {
        var teacher = users.create(Role.INSTRUCTOR);
        var library = users.as(teacher, () -> decks.visibleDecks()).stream()
                .filter(d -> d.slug().equals("rdprk-treaties")).findFirst().orElseThrow();
        var exported = users.as(teacher, () -> exporter.export(library.id(), BankWriter.Target.NATIVE));

        var preview = users.as(teacher, () -> importer.preview(exported.fileName(), exported.bytes()));
        assertThat(preview.plans().getFirst().deck().id()).isNotEqualTo("rdprk-treaties");
        assertThat(preview.plans().getFirst().updatesExisting()).isFalse();
        users.as(teacher, () -> importer.importPreviewed(preview));

        var after = users.as(teacher, () -> decks.visibleDecks()).stream()
                .filter(d -> d.slug().equals("rdprk-treaties")).findFirst().orElseThrow();
        assertThat(after.contentVersion()).isEqualTo(library.contentVersion());
    }

    @Test
    void the_article_decks_are_in_the_library_at_start() {
        var teacher = users.create(Role.INSTRUCTOR);
        var library = users.as(teacher, () -> decks.visibleDecks()).stream()
                .filter(d -> d.slug().startsWith("rdprk-")).toList();
        assertThat(library).hasSizeGreaterThanOrEqualTo(3);
        assertThat(library.stream().mapToLong(DeckSummary::questionCount).sum()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void students_cannot_import_or_export() {
        var student = users.create(Role.STUDENT);
        assertThatThrownBy(() -> users.as(student, () -> importer.preview("x.gift.txt", GIFT.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> exporter.export(1L, BankWriter.Target.GIFT)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
