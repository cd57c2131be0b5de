package com.quizdeck.bank;

import com.quizdeck.account.AccountService;
import com.quizdeck.deck.DeckOrigin;
import com.quizdeck.deck.DeckService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped decks ({@code question-banks/*.deck.yaml}, packaged into the jar) and, if set,
 * a folder of the operator's ({@code quizdeck.question-banks-dir}) at every start. Idempotent: an
 * unchanged file changes nothing; a changed one updates its deck as a new version. A file with
 * errors is skipped whole and its problems are logged with file and line.
 */
@Component
@Order(5)
@RequiredArgsConstructor
@Slf4j
class BankFolderLoader implements ApplicationRunner {

    private final AccountService accounts;
    private final DeckService decks;

    @Value("${quizdeck.question-banks-dir:}")
    private String extraDir;

    @Value("${quizdeck.load-question-banks:true}")
    private boolean enabled;

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        var files = new ArrayList<BankFile>();
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:question-banks/*.deck.yaml")) {
            try (var in = resource.getInputStream()) {
                files.add(new BankFile(resource.getFilename(), in.readAllBytes()));
            }
        }
        if (!extraDir.isBlank()) {
            try (var stream = Files.list(Path.of(extraDir))) {
                for (var path : stream.filter(p -> p.toString().endsWith(".deck.yaml")).sorted().toList()) {
                    files.add(new BankFile(path.toString(), Files.readAllBytes(path)));
                }
            }
        }
        accounts.runAsSystem(() -> {
            files.forEach(this::load);
            return null;
        });
    }

    private void load(BankFile file) {
        var result = BankReader.read(file.name(), file.content());
        if (!result.ok()) {
            log.error("Question bank {} not loaded:\n{}", file.name(),
                    String.join("\n", result.problems().stream().map(BankProblem::toString).toList()));
            return;
        }
        for (var deck : result.decks()) {
            var saved = decks.saveDeck(deck, DeckOrigin.BANK, file.name());
            if (saved.changedAnything()) {
                log.info("Question bank {}: deck '{}' {} ({} added, {} changed, {} removed; version {})", file.name(),
                        saved.slug(), saved.deckCreated() ? "created" : "updated", saved.questionsAdded(),
                        saved.questionsChanged(), saved.questionsRemoved(), saved.contentVersion());
            }
        }
    }

    private record BankFile(String name, byte[] content) {
    }

}
