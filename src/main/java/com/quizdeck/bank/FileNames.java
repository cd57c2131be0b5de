package com.quizdeck.bank;

import com.quizdeck.content.Ids;
import java.util.List;
import java.util.Locale;

/** Deck names for formats that have none inside the file (GIFT, Aiken, CSV): the file's name. */
final class FileNames {

    private static final List<String> EXTENSIONS = List.of(".deck.yaml", ".deck.yml", ".yaml", ".yml",
            ".gift.txt", ".gift", ".txt", ".csv", ".tsv");

    private FileNames() {
    }

    /** {@code banks/unit-1.gift.txt} gives {@code unit-1}. */
    static String baseName(String fileName) {
        var name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        var lower = name.toLowerCase(Locale.ROOT);
        for (var extension : EXTENSIONS) {
            if (lower.endsWith(extension) && lower.length() > extension.length()) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    /** A title from a file name: {@code unit_1-basics} gives {@code unit 1 basics}. */
    static String title(String fileName) {
        var title = baseName(fileName).replaceAll("[_-]+", " ").strip();
        return title.isEmpty() ? "Imported deck" : title;
    }

    static String deckId(String fileName) {
        return Ids.slug(baseName(fileName), 60, "imported");
    }
}
