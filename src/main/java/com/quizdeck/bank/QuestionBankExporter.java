package com.quizdeck.bank;

import com.quizdeck.deck.DeckService;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A deck as a file in any export format, with what the format could not express. */
@Service
@RequiredArgsConstructor
public class QuestionBankExporter {

    private final DeckService decks;

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ExportFile export(Long deckId, BankWriter.Target target) {
        var deck = decks.deckContent(deckId);
        var result = BankWriter.write(List.of(deck), target);
        return switch (target) {
            case NATIVE -> ExportFile.utf8(deck.id() + ".deck.yaml", "application/yaml", result.content(), result.skipped());
            case GIFT -> ExportFile.utf8(deck.id() + ".gift.txt", "text/plain", result.content(), result.skipped());
            case CSV -> ExportFile.utf8(deck.id() + ".csv", "text/csv", result.content(), result.skipped());
            case JSON -> ExportFile.utf8(deck.id() + ".json", "application/json", result.content(), result.skipped());
        };
    }
}
