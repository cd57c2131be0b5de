package com.quizdeck.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Test resources by name; the Moodle fixtures are copies of moodle/moodle files (see their README). */
final class Fixtures {

    static final String EXAMPLES = "peers/moodle/examples.gift.txt";
    static final String QUESTIONS = "peers/moodle/questions.gift.txt";
    static final String IN_CATEGORY = "peers/moodle/questions_in_category.gift.txt";
    static final String ALL_TYPES = "bank/all-types.deck.yaml";

    private Fixtures() {
    }

    static Path path(String resource) {
        try {
            var url = Fixtures.class.getClassLoader().getResource(resource);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return Paths.get(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String resource) {
        try {
            return java.nio.file.Files.readString(path(resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BankReadResult read(String resource) {
        return BankReader.read(path(resource));
    }
}
