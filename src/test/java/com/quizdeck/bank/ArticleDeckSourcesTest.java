package com.quizdeck.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the question banks built from the article "The Renewed Russia-North Korea Alliance":
 * every question quotes the article verbatim in {@code source} (whitespace runs, including
 * no-break spaces, count as one space), there are enough questions, and every auto-graded
 * type is used.
 */
class ArticleDeckSourcesTest {

    private static final String ARTICLE = "russia-dprk-alliance-2024.txt";
    private static final List<String> AUTO_GRADED = List.of("single_choice", "multiple_response", "true_false",
            "short_answer", "numeric", "matching", "ordering", "cloze");
    /** Unicode white space, so that U+00A0 (present in the article) is normalised too. */
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    private static Path projectDir;
    private static String article;
    /** deck file name to its parsed questions */
    private static final Map<String, List<Map<String, Object>>> QUESTIONS = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        projectDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        Path shared = projectDir.resolve("../shared/source").resolve(ARTICLE).normalize();
        Path bundled = projectDir.resolve("src/test/resources/source").resolve(ARTICLE);
        Path articlePath = Files.isRegularFile(shared) ? shared : bundled;
        assertTrue(Files.isRegularFile(articlePath), "article not found at " + shared + " or " + bundled);
        article = normalise(Files.readString(articlePath, StandardCharsets.UTF_8));

        List<Path> decks;
        try (Stream<Path> files = Files.list(projectDir.resolve("question-banks"))) {
            decks = files.filter(p -> p.getFileName().toString().endsWith(".deck.yaml")).sorted().toList();
        }
        assertFalse(decks.isEmpty(), "no question-banks/*.deck.yaml files");
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Path deck : decks) {
            Object root;
            try (Reader reader = Files.newBufferedReader(deck, StandardCharsets.UTF_8)) {
                root = yaml.load(reader);
            }
            Map<?, ?> doc = assertInstanceOf(Map.class, root, deck + ": top level is not a mapping");
            List<?> questions = assertInstanceOf(List.class, doc.get("questions"), deck + ": no questions list");
            List<Map<String, Object>> parsed = new ArrayList<>();
            for (Object q : questions) {
                @SuppressWarnings("unchecked")
                Map<String, Object> question = assertInstanceOf(Map.class, q, deck + ": question is not a mapping");
                parsed.add(question);
            }
            QUESTIONS.put(deck.getFileName().toString(), parsed);
        }
    }

    private static String normalise(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ");
    }

    @Test
    void everyQuestionHasANonBlankSource() {
        List<String> missing = new ArrayList<>();
        QUESTIONS.forEach((deck, questions) -> questions.forEach(q -> {
            if (!(q.get("source") instanceof String s) || s.isBlank()) {
                missing.add(deck + ": " + q.get("id"));
            }
        }));
        assertTrue(missing.isEmpty(), "questions without source: " + missing);
    }

    @Test
    void everySourceOccursVerbatimInTheArticle() {
        List<String> notFound = new ArrayList<>();
        QUESTIONS.forEach((deck, questions) -> questions.forEach(q -> {
            if (q.get("source") instanceof String s && !s.isBlank() && !article.contains(normalise(s).strip())) {
                notFound.add(deck + ": " + q.get("id") + " -> " + s);
            }
        }));
        assertTrue(notFound.isEmpty(), "sources not found verbatim in the article:\n" + String.join("\n", notFound));
    }

    @Test
    void atLeastSixtyQuestions() {
        int total = QUESTIONS.values().stream().mapToInt(List::size).sum();
        assertTrue(total >= 60, "only " + total + " questions");
    }

    @Test
    void everyAutoGradedTypeAtLeastTwice() {
        Map<String, Integer> counts = new TreeMap<>();
        QUESTIONS.values().forEach(qs -> qs.forEach(q -> counts.merge(String.valueOf(q.get("type")), 1, Integer::sum)));
        for (String type : AUTO_GRADED) {
            int n = counts.getOrDefault(type, 0);
            assertTrue(n >= 2, "type " + type + " used " + n + " times; counts: " + counts);
        }
    }

    @Test
    void questionIdsAreUniqueWithinEachDeck() {
        QUESTIONS.forEach((deck, questions) -> {
            Set<Object> seen = new HashSet<>();
            for (Map<String, Object> q : questions) {
                Object id = q.get("id");
                if (!(id instanceof String s) || !s.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    fail(deck + ": bad question id " + id);
                }
                assertTrue(seen.add(id), deck + ": duplicate question id " + id);
            }
            assertEquals(questions.size(), seen.size());
        });
    }
}
