package com.quizdeck.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text key the code asks for exists in the English bundles, and every key sits in its module's own file. The
 * code is scanned for literal keys: {@code getTranslation("module.key"...)}, {@code translate("module.key"...)}, the
 * views' short helpers {@code t("module.key"...)}, and
 * keys built from a literal prefix ({@code getTranslation("live.shape." + name)}) must have at least one key with
 * that prefix.
 */
class TextKeysTest {

    private static final Pattern LITERAL = Pattern.compile("(?:getTranslation|translate|\\bt)\\(\\s*\"([a-z][\\w.-]*)\"\\s*([,)+])");
    private static final Pattern AROUND = Pattern.compile("(?:getTranslation|translate)\\(\\s*\"([a-z][\\w.-]*)\"\\s*\\+\\s*\\w+\\s*\\+\\s*\"(\\.[\\w.-]+)\"");
    private static final Pattern TERNARY = Pattern.compile("(?:getTranslation|translate|\\bt)\\([^;]*?\\?\\s*\"([a-z][\\w.-]*)\"\\s*:\\s*\"([a-z][\\w.-]*)\"");

    private final ModuleBundlesI18NProvider texts = new ModuleBundlesI18NProvider();

    @Test
    void every_key_the_code_asks_for_is_in_a_bundle() throws IOException {
        var missing = new TreeSet<String>();
        var asked = 0;
        for (var file : javaFiles()) {
            var source = Files.readString(file, StandardCharsets.UTF_8);
            var m = LITERAL.matcher(source);
            while (m.find()) {
                asked++;
                var key = m.group(1);
                boolean prefix = m.group(2).equals("+");
                boolean found = prefix ? texts.hasKeyStartingWith(key) : texts.hasKey(key);
                if (!found) {
                    missing.add(key + (prefix ? "*" : "") + " (" + file.getFileName() + ")");
                }
            }
            var t = TERNARY.matcher(source);
            while (t.find()) {
                for (var key : List.of(t.group(1), t.group(2))) {
                    asked++;
                    if (!texts.hasKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(asked).as("text keys found in the code").isGreaterThan(50);
        assertThat(missing).as("keys the code asks for that no bundle defines").isEmpty();
    }

    /**
     * Keys built around a name ({@code translate("deck.rows." + noun + ".add")}): the suffixes one file uses with
     * a prefix go together, so every name that has one of them must have all of them ("Add option" without
     * "Remove option {0}" would show {@code !key!} on the button).
     */
    @Test
    void keys_built_around_a_name_come_in_complete_sets() throws IOException {
        var missing = new TreeSet<String>();
        var sets = 0;
        for (var file : javaFiles()) {
            var suffixesByPrefix = new java.util.TreeMap<String, java.util.Set<String>>();
            var m = AROUND.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                suffixesByPrefix.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
            for (var entry : suffixesByPrefix.entrySet()) {
                var prefix = entry.getKey();
                var names = new TreeSet<String>();
                for (var suffix : entry.getValue()) {
                    for (var key : texts.keysStartingWith(prefix)) {
                        var rest = key.substring(prefix.length());
                        if (rest.endsWith(suffix) && rest.length() > suffix.length() && !rest.substring(0, rest.length() - suffix.length()).contains(".")) {
                            names.add(rest.substring(0, rest.length() - suffix.length()));
                        }
                    }
                }
                assertThat(names).as("names with keys around %s in %s", prefix, file.getFileName()).isNotEmpty();
                sets++;
                for (var name : names) {
                    for (var suffix : entry.getValue()) {
                        if (!texts.hasKey(prefix + name + suffix)) {
                            missing.add(prefix + name + suffix + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(sets).as("keys built around a name").isPositive();
        assertThat(missing).as("keys missing from a set").isEmpty();
    }

    @Test
    void a_missing_key_shows_as_such_and_a_present_one_formats_in_the_locale() {
        assertThat(texts.getTranslation("base.no.such.key", Locale.ENGLISH)).isEqualTo("!base.no.such.key!");
        assertThat(texts.getTranslation("live.play.score", Locale.US, 12345)).isEqualTo("Score: 12,345");
        assertThat(texts.getTranslation("live.play.score", Locale.GERMANY, 12345)).isEqualTo("Score: 12.345");
    }

    @Test
    void counts_places_and_braces_read_as_meant() {
        assertThat(texts.getTranslation("deck.draft.summary", Locale.ENGLISH, 1, 1)).isEqualTo("1 proposal from 1 sentence");
        assertThat(texts.getTranslation("deck.draft.summary", Locale.ENGLISH, 35, 12)).isEqualTo("35 proposals from 12 sentences");
        assertThat(texts.getTranslation("deck.draft.added-n", Locale.ENGLISH, 0)).isEqualTo("0 questions added to the deck.");
        assertThat(texts.getTranslation("deck.rows.blank.title", Locale.ENGLISH, 2)).isEqualTo("Blank {2}");
        assertThat(texts.getTranslation("deck.rows.option.up", Locale.ENGLISH, 3)).isEqualTo("Move option 3 up");
        assertThat(texts.getTranslation("live.host.place", Locale.ENGLISH, 1)).isEqualTo("1st");
        assertThat(texts.getTranslation("live.host.place", Locale.ENGLISH, 3)).isEqualTo("3rd");
        assertThat(texts.getTranslation("live.report.percent", Locale.ENGLISH, 0.57)).isEqualTo("57%");
        assertThat(texts.getTranslation("live.report.seconds", Locale.ENGLISH, 2.46)).isEqualTo("2.5 s");
        assertThat(texts.getTranslation("live.report.seconds", Locale.GERMANY, 2.46)).isEqualTo("2,5 s");
    }

    @Test
    void each_module_keeps_its_keys_in_its_own_file() throws IOException {
        var wrong = new ArrayList<String>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                var module = file.getFileName().toString().replaceFirst("(_\\w+)?\\.properties$", "");
                for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (!line.startsWith(module + ".")) {
                        wrong.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void page_titles_are_translated_rather_than_fixed_in_an_annotation() throws IOException {
        var fixed = new TreeSet<String>();
        for (var file : javaFiles()) {
            if (Files.readString(file, StandardCharsets.UTF_8).contains("@PageTitle(")) {
                fixed.add(file.getFileName().toString());
            }
        }
        assertThat(fixed).as("views with an English-only @PageTitle instead of HasDynamicTitle").isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
