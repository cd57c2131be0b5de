package com.quizdeck.bank;

import com.quizdeck.content.Deck;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/** Writes decks in the native format, laid out for people: block style, multi-line texts as {@code |}. */
final class NativeDeckWriter {

    private static final String HEADER = "# Quizdeck deck (native format, see question-banks/README.md)\n";

    private NativeDeckWriter() {
    }

    static String write(Deck deck) {
        return HEADER + yaml().dump(DeckTree.nativeFile(deck));
    }

    /** Several decks as several YAML documents; each belongs in a file of its own. */
    static String write(List<Deck> decks) {
        var out = new StringBuilder();
        for (var deck : decks) {
            if (!out.isEmpty()) {
                out.append("---\n");
            }
            out.append(write(deck));
        }
        return out.toString();
    }

    private static Yaml yaml() {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(new SafeConstructor(new LoaderOptions()), new TextRepresenter(options), options);
    }

    /** Multi-line texts as literal blocks; decimals exactly as written, never in exponent form. */
    private static final class TextRepresenter extends Representer {
        private static final Pattern INTEGER = Pattern.compile("-?\\d+");

        TextRepresenter(DumperOptions options) {
            super(options);
            representers.put(String.class, new RepresentText());
            representers.put(BigDecimal.class, new RepresentDecimal());
        }

        private final class RepresentText implements Represent {
            @Override
            public Node representData(Object data) {
                var text = (String) data;
                var style = text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN;
                return representScalar(Tag.STR, text, style);
            }
        }

        private final class RepresentDecimal implements Represent {
            @Override
            public Node representData(Object data) {
                var plain = ((BigDecimal) data).toPlainString();
                // The tag must match what a reader resolves, or SnakeYAML would add "!!float".
                return representScalar(INTEGER.matcher(plain).matches() ? Tag.INT : Tag.FLOAT, plain);
            }
        }
    }
}
