package com.quizdeck.bank;

import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckSaveResult;
import com.quizdeck.deck.DeckService;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank files into decks. An upload is read and checked first (nothing written), shown as a
 * preview, and imported on confirmation in one transaction: all of it or nothing.
 */
@Service
@RequiredArgsConstructor
@Slf4j
public class QuestionBankImporter {

    /** Uploads larger than this are refused before reading: banks are text, a few hundred KB at most. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private final DeckService decks;

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content) {
        var safeName = fileName == null || fileName.isBlank() ? "upload" : fileName;
        if (content.length > MAX_UPLOAD_BYTES) {
            return new ImportPreview(safeName, null, List.of(), List.of(new BankProblem(safeName, 1, 1,
                    "file is " + content.length / 1024 + " KB; the limit is " + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB")));
        }
        var result = BankReader.read(safeName, content);
        var format = BankFormat.fromFileName(safeName).orElse(null);
        if (!result.ok()) {
            return new ImportPreview(safeName, format, List.of(), result.problems());
        }
        var plans = new ArrayList<ImportPreview.DeckPlan>();
        var taken = new java.util.HashSet<String>();
        for (var deck : result.decks()) {
            var id = deck.id();
            boolean takenByOthers = decks.isTakenByOthers(id) || taken.contains(id);
            if (takenByOthers) {
                id = decks.freeSlug(id);
                while (taken.contains(id)) {
                    id = decks.freeSlug(id + "-copy");
                }
                deck = new com.quizdeck.content.Deck(id, deck.title(), deck.description(), deck.source(), deck.tags(),
                        deck.category(), deck.questions());
            }
            taken.add(id);
            plans.add(new ImportPreview.DeckPlan(deck, !takenByOthers && decks.isOwnDeck(id)));
        }
        if (plans.isEmpty()) {
            return new ImportPreview(safeName, format, List.of(),
                    List.of(new BankProblem(safeName, 1, 1, "the file holds no questions")));
        }
        return new ImportPreview(safeName, format, plans, List.of());
    }

    /** Imports what the preview showed; refuses a preview with problems. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public List<DeckSaveResult> importPreviewed(ImportPreview preview) {
        if (!preview.importable()) {
            throw new IllegalArgumentException("This file has problems; nothing was imported.");
        }
        var results = preview.plans().stream()
                .map(plan -> decks.saveDeck(plan.deck(), DeckOrigin.IMPORT, preview.fileName()))
                .toList();
        log.info("Imported {} deck(s) with {} question(s) from {}", results.size(), preview.questionCount(),
                preview.fileName());
        return results;
    }
}
